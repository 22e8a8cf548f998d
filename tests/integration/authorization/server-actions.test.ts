// Runs every server-action row of tests/authorization/matrix.ts: each caller submits a valid form
// through the real action (session → role → data layer → audit); an allowed call must change the
// database and write its audit entry, a refused one must change nothing at all.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { serverActions } from "@/tests/authorization/matrix";
import { runServerAction } from "./action-outcome";
import { wrongCells } from "./cells";
import { discoverServerActions, type DiscoveredAction } from "./discover";
import { actionScenarios } from "./scenarios";

vi.mock("next/headers", () => import("./request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("./next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () => import("./next-modules").then((modules) => modules.nextIntlServerModule));

// forbidden() refuses to run unless the app's next.config.ts turned authInterrupts on (it does).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

let discovered: Map<string, DiscoveredAction>;

beforeAll(async () => {
  discovered = new Map((await discoverServerActions()).map((action) => [action.id, action]));
});

describe("the server actions in the authorization matrix", () => {
  it("lists every exported server action, and only those", () => {
    expect(
      [...discovered.keys()].filter((id) => !(id in serverActions)),
      "server actions without a row in tests/authorization/matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(serverActions).filter((id) => !discovered.has(id)),
      "rows naming no exported server action",
    ).toEqual([]);
    expect(
      Object.keys(serverActions).filter((id) => !(id in actionScenarios)),
      "rows without a scenario in scenarios/",
    ).toEqual([]);
  });

  for (const id of Object.keys(serverActions)) {
    it(id, async () => {
      const action = discovered.get(id);
      const scenario = actionScenarios[id];
      if (!action || !scenario) throw new Error(`${id}: no such action, or no scenario`);
      const wrong = await wrongCells("serverActions", id, async (world, _actor, caller) => {
        const call = await scenario.prepare(world, caller);
        return {
          send: () => runServerAction(action.run, call.form),
          audit: typeof scenario.audit === "function" ? scenario.audit(caller) : scenario.audit,
          verify: call.verify,
        };
      });
      expect(wrong, `cells of ${id} that differ from the matrix`).toEqual([]);
    });
  }
});

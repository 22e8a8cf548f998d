// Every server action gets hundreds of hostile forms from a signed-in ADMIN (the role that may
// call them all, so what is tested is the input handling, not the role check): a valid form of
// the action (from the authorization matrix's scenarios) with fields made hostile, dropped,
// repeated or added. Whatever arrives: no unhandled error, no "unexpected error" answer, and a
// refused form writes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { serverActions } from "@/tests/authorization/matrix";
import { discoverServerActions, type DiscoveredAction } from "../authorization/discover";
import { requestAs } from "../authorization/request-scope";
import { actionScenarios } from "../authorization/scenarios";
import { createWorld } from "../authorization/world";
import { hostileString, hostileVariant, runsPerInput } from "./hostile";
import { fieldsOf, judge, toFormData } from "./action-judge";
import { atCurrentVersion } from "./versions";
import { countWritesInEachTest, writeCount } from "./write-counter";

vi.mock("next/headers", () => import("../authorization/request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () =>
  import("../authorization/next-modules").then((modules) => modules.nextIntlServerModule),
);
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

countWritesInEachTest();

let discovered: Map<string, DiscoveredAction>;
let inputsTried = 0;

beforeAll(async () => {
  discovered = new Map((await discoverServerActions()).map((action) => [action.id, action]));
});

afterAll(() => {
  console.info(`server-action fuzzing: ${inputsTried} hostile forms over ${discovered.size} actions`);
});

/** A form field as a browser could send it: text, several values, or a file where text is expected. */
const hostileFormValue: fc.Arbitrary<string | string[] | File> = fc.oneof(
  { weight: 8, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant(new File(["%PDF-1.4"], "payload.pdf", { type: "application/pdf" })) },
);

describe("server actions under hostile forms", () => {
  for (const id of Object.keys(serverActions)) {
    it(id, async () => {
      const action = discovered.get(id);
      const scenario = actionScenarios[id];
      if (!action || !scenario) throw new Error(`${id}: no such action, or no scenario`);
      const world = await createWorld();
      const admin = world.users.admin;
      const valid = fieldsOf((await scenario.prepare(world, admin)).form);
      // Signed in before counting: opening the admin's session is a write of its own.
      await requestAs(admin);
      let written = await writeCount();
      await fc.assert(
        fc.asyncProperty(hostileVariant<string | string[] | File>(valid, hostileFormValue), async (variant) => {
          inputsTried += 1;
          // Each run is a new request by the same admin (the language cookie of a previous run is gone).
          await requestAs(admin);
          const data = toFormData(await atCurrentVersion(variant, valid));
          const verdict = await judge(action, data);
          expect(verdict.problem, JSON.stringify(variant).slice(0, 300)).toBeUndefined();
          const before = written;
          written = await writeCount();
          if (!verdict.accepted) expect(written, "a refused form wrote to the database").toBe(before);
        }),
        { numRuns: runsPerInput },
      );
    });
  }
});

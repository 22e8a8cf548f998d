// Runs every route-handler row of tests/authorization/matrix.ts: each caller's browser (its
// session cookie, or none) sends the request to the real handler. Route files that serve the API
// are covered operation by operation in api-operations.test.ts instead.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { routeHandlers } from "@/tests/authorization/matrix";
import { wrongCells } from "./cells";
import { discoverRouteHandlers, documentedOperations, routeFor, type DiscoveredRoute } from "./discover";
import { routeScenarios } from "./routes";
import { browserRequest, outcomeOfStatus } from "./routes/types";

vi.mock("next/headers", () => import("./request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("./next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () => import("./next-modules").then((modules) => modules.nextIntlServerModule));

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
// next-auth reads its public URL itself (the app passes the same default through lib/env.ts).
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

let routes: DiscoveredRoute[];

beforeAll(async () => {
  routes = await discoverRouteHandlers();
});

/** Route files and methods that answer some operation of the OpenAPI document. */
function apiServedRoutes(): Set<string> {
  const served = new Set<string>();
  for (const operation of documentedOperations()) {
    const [method, path] = operation.split(" ") as [string, string];
    const route = routeFor(
      routes.filter((candidate) => candidate.method === method),
      path.replace(/\{[^}]+\}/g, "x"),
    );
    if (route) served.add(route.id);
  }
  return served;
}

describe("the route handlers in the authorization matrix", () => {
  it("lists every route handler method that serves no API operation, and only those", () => {
    const served = apiServedRoutes();
    const own = routes.filter((route) => !served.has(route.id)).map((route) => route.id);
    expect(
      own.filter((id) => !(id in routeHandlers)),
      "route handlers without a row in tests/authorization/matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(routeHandlers).filter((id) => !own.includes(id)),
      "rows naming no route handler (or one the API rows cover)",
    ).toEqual([]);
    expect(
      Object.keys(routeHandlers).filter((id) => !(id in routeScenarios)),
      "rows without a scenario in routes/",
    ).toEqual([]);
  });

  for (const id of Object.keys(routeHandlers)) {
    it(id, async () => {
      const route = routes.find((candidate) => candidate.id === id);
      const scenario = routeScenarios[id];
      if (!route || !scenario) throw new Error(`${id}: no such route handler, or no scenario`);
      const handler = route.module[route.method as keyof typeof route.module]!;
      const wrong = await wrongCells("routeHandlers", id, async (world, _actor, caller) => {
        const call = await scenario.prepare(world, caller);
        let response: Response | undefined;
        return {
          audit: call.audit ?? null,
          async send() {
            await call.beforeSend?.(call);
            response = await handler(browserRequest(call, route.method), {
              params: Promise.resolve(call.params ?? {}),
            });
            const outcome = call.outcomeOf ? await call.outcomeOf(response.clone()) : outcomeOfStatus(response);
            return { outcome, detail: `${response.status} ${(await response.clone().text()).slice(0, 200)}` };
          },
          verify: async () => call.verify?.(response!.clone()),
        };
      });
      expect(wrong, `cells of ${id} that differ from the matrix`).toEqual([]);
    });
  }
});

// Found by the load test (docs/reliability.md): Next hands a route without dynamic segments no `params` at
// all (next/dist/server/route-modules/app-route/module.js), and GET /api/v1/figures answered 500
// to everyone in production while the in-process tests, which always passed `{}`, stayed green.
// Every such route is called here exactly as Next calls it.
import { describe, expect, it, vi } from "vitest";
import { tokenFor } from "../api/client";
import { discoverRouteHandlers } from "./discover";
import { createWorld } from "./world";

vi.mock("next/headers", () => import("./request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next-intl/server", () => import("./next-modules").then((modules) => modules.nextIntlServerModule));

describe("routes without dynamic segments", () => {
  it("answer without the params object Next does not pass them", async () => {
    const token = await tokenFor((await createWorld()).users.staff);
    const routes = (await discoverRouteHandlers()).filter(
      (route) => route.method === "GET" && !route.urlPath.includes("[") && route.urlPath.startsWith("/api/v1/"),
    );
    expect(routes.map((route) => route.urlPath)).toContain("/api/v1/figures");
    for (const route of routes) {
      const request = new Request(`http://localhost:3000${route.urlPath}?year=2016`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const handler = route.module.GET as unknown as (
        request: Request,
        context: { params?: Promise<Record<string, string>> },
      ) => Promise<Response>;
      const response = await handler(request, {});
      expect(response.status, `${route.id}: ${await response.clone().text()}`).toBeLessThan(500);
    }
  });
});

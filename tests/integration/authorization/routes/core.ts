// Route handlers of the dashboard, health, the API's contract and next-auth.
import { expect } from "vitest";
import { NextRequest } from "next/server";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import { testDb } from "../../setup/database";
import { requestCookies } from "../request-scope";
import { matrixPassword, type MatrixUser, type World } from "../world";
import type { RouteCall, RouteScenario } from "./types";

const get = (url: string, extra: Partial<RouteCall> = {}): RouteScenario => ({
  prepare: async () => ({ url, ...extra }),
});

/** next-auth's CSRF token for this browser: its cookie goes into the request scope, the token into the form. */
async function csrfToken(): Promise<string> {
  const response = await nextAuthRoute.GET(new NextRequest("http://localhost:3000/api/auth/csrf"), {
    params: Promise.resolve({ nextauth: ["csrf"] }),
  });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    const [name = "", ...value] = pair.split("=");
    // Next hands handlers decoded cookie values, as browsers send back what they were given.
    requestCookies().set(name, decodeURIComponent(value.join("=")));
  }
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

const setsSessionCookie = (response: Response) =>
  response.headers.getSetCookie().some((cookie) => cookie.startsWith("next-auth.session-token="));

/** Signing in with one's own email and password (an anonymous visitor signs in as the staff user). */
function signInScenario(): RouteScenario {
  return {
    async prepare(world: World, caller: MatrixUser | null): Promise<RouteCall> {
      const user = caller ?? world.users.staff;
      return {
        url: "/api/auth/callback/credentials",
        params: { nextauth: ["callback", "credentials"] },
        init: { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" },
        // The CSRF round trip happens at send time, in the caller's own request scope.
        async beforeSend(call: RouteCall) {
          call.init!.body = new URLSearchParams({
            csrfToken: await csrfToken(),
            email: user.email,
            password: matrixPassword,
            json: "true",
          }).toString();
        },
        outcomeOf: async (response) =>
          setsSessionCookie(response) ? "ok" : `no session (${response.status} ${await response.text()})`,
        verify: async () => {
          const entry = await testDb.auditEntry.findFirst({ where: { action: "auth.signIn", actorId: user.id } });
          expect(entry, "the sign-in is in the audit log").not.toBeNull();
        },
      };
    },
  };
}

export const coreRouteScenarios: Record<string, RouteScenario> = {
  "GET /dashboard/export": get("/dashboard/export?year=2016&table=sectors", {
    verify: async (response) => expect(response.headers.get("content-type")).toContain("text/csv"),
  }),
  "GET /dashboard/report/pdf": get("/dashboard/report/pdf?year=2016", {
    verify: async (response) =>
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-"),
  }),
  "GET /dashboard/world-map.svg": get("/dashboard/world-map.svg", {
    verify: async (response) => {
      expect(response.headers.get("content-type")).toBe("image/svg+xml");
      expect(await response.text()).toMatch(
        /^<svg [^>]*viewBox="0 0 960 470"[^>]*><g [^>]*>(<path d="M[^"]+"\/>){100,}<\/g><\/svg>$/,
      );
    },
  }),
  "GET /api/health": get("/api/health"),
  "GET /api/v1/openapi.json": get("/api/v1/openapi.json"),
  // The session endpoint tells each browser about its own session and nobody else's.
  "GET /api/auth/[...nextauth]": {
    prepare: async (_world, caller) => ({
      url: "/api/auth/session",
      params: { nextauth: ["session"] },
      outcomeOf: async (response) => {
        const session = (await response.clone().json()) as { userId?: string };
        return response.status === 200 && session.userId === caller?.id
          ? "ok"
          : `session of ${session.userId ?? "nobody"}`;
      },
    }),
  },
  "POST /api/auth/[...nextauth]": signInScenario(),
};

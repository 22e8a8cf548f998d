// The route handlers outside /api/v1 (downloads, calendars, health, next-auth) get hostile query
// strings, path segments and sign-in forms from a signed-in ADMIN's browser: never a 5xx, and a
// refused request writes nothing (except failed sign-ins, which are recorded on purpose). Imports
// get spreadsheets of hostile cells, previewed or committed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { routeHandlers } from "@/tests/authorization/matrix";
import { discoverRouteHandlers, type DiscoveredRoute } from "../authorization/discover";
import { requestAs } from "../authorization/request-scope";
import { browserRequest } from "../authorization/routes/types";
import { createWorld } from "../authorization/world";
import { hostileString, runsPerInput } from "./hostile";
import { countWritesInEachTest, writeCount } from "./write-counter";

vi.mock("next/headers", () => import("../authorization/request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () =>
  import("../authorization/next-modules").then((modules) => modules.nextIntlServerModule),
);
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";

countWritesInEachTest();

let routes: DiscoveredRoute[];
let inputsTried = 0;

beforeAll(async () => {
  routes = await discoverRouteHandlers();
});

afterAll(() => {
  console.info(
    `route-handler fuzzing: ${inputsTried} hostile requests over ${Object.keys(routeHandlers).length} route handlers`,
  );
});

type HostileCall = {
  url: string;
  params: Record<string, string | string[]>;
  body?: string;
  headers?: Record<string, string>;
};

const urlSafe = hostileString.filter((text) => {
  try {
    encodeURIComponent(text);
    return text.length < 5000;
  } catch {
    return false;
  }
});
const query = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names), urlSafe), urlSafe), { maxLength: 4 })
    .map((pairs) => new URLSearchParams(pairs).toString());

/** A hostile request for a route: its dynamic segments and its query made hostile. */
function hostileCall(route: DiscoveredRoute): fc.Arbitrary<HostileCall> {
  const segments = [...route.urlPath.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((match) => ({
    name: match[2]!,
    catchAll: Boolean(match[1]),
  }));
  const values = fc.array(
    urlSafe.filter((text) => text !== "" && text !== "." && text !== ".."),
    { minLength: segments.length, maxLength: segments.length },
  );
  // A sign-in form for next-auth; a spreadsheet (CSV rows of hostile cells) for the imports.
  const hostileCsv = fc
    .array(
      fc.array(
        hostileString.map((cell) => `"${cell.replace(/"/g, '""')}"`),
        { minLength: 1, maxLength: 6 },
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((rows) => rows.map((row) => row.join(",")).join("\r\n"));
  const signInForm = fc.record({
    csrfToken: urlSafe,
    email: urlSafe,
    password: urlSafe,
    callbackUrl: urlSafe,
    json: fc.constantFrom("true", "false"),
    csv: hostileCsv,
  });
  return fc
    .tuple(values, query(["year", "table", "from", "to", "q", "callbackUrl"]), signInForm)
    .map(([parts, search, credentials]): HostileCall => {
      const params = Object.fromEntries(
        segments.map((segment, index) => [
          segment.name,
          segment.catchAll ? ["callback", parts[index]!] : parts[index]!,
        ]),
      );
      let path = route.urlPath;
      segments.forEach(
        (segment, index) =>
          (path = path.replace(
            `[${segment.catchAll ? "..." : ""}${segment.name}]`,
            segment.catchAll ? `callback/${encodeURIComponent(parts[index]!)}` : encodeURIComponent(parts[index]!),
          )),
      );
      if (route.method !== "POST") return { url: `${path}?${search}`, params };
      if (isImport(route))
        return {
          url: `${path}?mode=${credentials.json === "true" ? "commit" : "preview"}&${search}`,
          params,
          body: credentials.csv,
          headers: { "content-type": "text/csv", host: "localhost:3000" },
        };
      const { csv: _csv, ...form } = credentials;
      return {
        url: `${path}?${search}`,
        params,
        body: new URLSearchParams(form).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      };
    });
}

const isImport = (route: DiscoveredRoute) => route.urlPath.endsWith("/import/run");

/** An import's answer streams NDJSON; it wrote something only if its last line says "done". */
async function importWrote(response: Response): Promise<boolean> {
  const last = (await response.clone().text()).trim().split("\n").at(-1) ?? "";
  return last.startsWith('{"type":"done"');
}

describe("route handlers under hostile input", () => {
  for (const id of Object.keys(routeHandlers)) {
    it(id, async () => {
      const route = routes.find((candidate) => candidate.id === id);
      if (!route) throw new Error(`${id}: no such route handler`);
      const handler = route.module[route.method as keyof typeof route.module]!;
      const world = await createWorld();
      // Failed sign-ins are recorded (lockouts need them): the one refusal that writes, by design.
      const refusalsMayWrite = id === "POST /api/auth/[...nextauth]";
      // Signed in before counting: opening the admin's session is a write of its own.
      await requestAs(world.users.admin);
      let written = await writeCount();
      await fc.assert(
        fc.asyncProperty(hostileCall(route), async (call) => {
          inputsTried += 1;
          await requestAs(world.users.admin);
          const response = await handler(
            browserRequest({ url: call.url, init: { headers: call.headers, body: call.body } }, route.method),
            { params: Promise.resolve(call.params) },
          );
          expect(response.status, `${call.url} ${(await response.clone().text()).slice(0, 200)}`).toBeLessThan(500);
          const before = written;
          written = await writeCount();
          const refused = response.status >= 300 || (isImport(route) && !(await importWrote(response)));
          if (refused && !refusalsMayWrite) expect(written, "a refused request wrote to the database").toBe(before);
        }),
        { numRuns: runsPerInput },
      );
    });
  }
});

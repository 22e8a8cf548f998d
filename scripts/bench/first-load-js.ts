// First-load JavaScript of every page route: each is opened in Chromium (as its users would open
// it, signed in), and the scripts it loads until the network is idle are added up, gzip-compressed
// as the server sends them. Dynamic segments take a real record's id from the benchmark database.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import pg from "pg";
import type { BenchAccess, BenchRole } from "./access";

export type RouteWeight = { route: string; path: string; status: number; scripts: number; gzipBytes: number };

/** The table holding the records a dynamic [id] segment names, by the folder before it. */
const idSources: Record<string, string> = {
  missions: "Mission",
  delegations: "Delegation",
  events: "InternationalEvent",
  "joint-actions": "JointAction",
  agreements: "Agreement",
  towns: "Town",
  destinations: "Destination",
  partners: "Partner",
  users: "User",
  sectors: "Sector",
  objectives: "Objective",
  periods: "PriorityPeriod",
};

/** The app's page routes as the build lists them ("/(app)/missions/[id]/page" → "/missions/[id]"). */
export async function listPageRoutes(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  const routes = Object.keys(manifest)
    .filter((key) => key.endsWith("/page"))
    .map((key) => key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/")
    // Next's own error pages are not routes of the app.
    .filter((route) => !route.startsWith("/_"));
  return [...new Set(routes)].sort();
}

/** A concrete path for a route, or null when a segment has no record to name. */
async function concretePath(route: string, client: pg.Client): Promise<string | null> {
  const segments = route.split("/");
  for (const [index, segment] of segments.entries()) {
    if (!segment.startsWith("[")) continue;
    const table = idSources[segments[index - 1] ?? ""];
    if (segment !== "[id]" || !table) return null;
    const row = (await client.query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY id LIMIT 1`)).rows[0];
    if (!row) return null;
    segments[index] = row.id;
  }
  return segments.join("/");
}

const roleFor = (route: string): BenchRole | null =>
  route === "/sign-in" ? null : route.startsWith("/workspace") ? "PARTNER" : "ADMIN";

export async function measureFirstLoadJs(
  baseUrl: string,
  databaseUrl: string,
  access: BenchAccess,
): Promise<{ weights: RouteWeight[]; skipped: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const weights: RouteWeight[] = [];
  const skipped: string[] = [];
  try {
    for (const route of await listPageRoutes()) {
      const path = await concretePath(route, client);
      if (!path) {
        skipped.push(route);
        continue;
      }
      const role = roleFor(route);
      const context = await browser.newContext();
      if (role) {
        const [name = "", value = ""] = access.cookies[role].split(/=(.*)/s);
        await context.addCookies([{ name, value, url: baseUrl }]);
      }
      const page = await context.newPage();
      const scripts = new Map<string, Promise<number>>();
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script" || scripts.has(response.url())) return;
        scripts.set(
          response.url(),
          response.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        );
      });
      // A page too slow to load is reported (status 0) rather than stopping the run; scripts a
      // loaded page fetches later (lazy chunks) are awaited a few seconds more.
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load", timeout: 120_000 }).catch(() => null);
      await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
      const sizes = await Promise.all(scripts.values());
      weights.push({
        route,
        path,
        status: response?.status() ?? 0,
        scripts: sizes.length,
        gzipBytes: sizes.reduce((sum, size) => sum + size, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await client.end();
  }
  return { weights, skipped };
}

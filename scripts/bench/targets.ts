// What the benchmark measures (decision 011): a year's dashboard, the missions list filtered and sorted
// at page 50, a free-text search of delegations, and the figures API. Pages are fetched as a
// signed-in staff member's browser would (session cookie, gzip); the API with a bearer token.
import pg from "pg";
import type { BenchAccess } from "./access";
import type { HistoryShape } from "./generate-functions";

export type Target = {
  name: string;
  /** What the row of the report says it is. */
  label: string;
  /** "reference": measured like a page, judged by no budget (what any page costs here). */
  kind: "page" | "api" | "reference";
  path: string;
  headers: Record<string, string>;
};

/** A city the generator gives about 1.5 % of delegations: a search a user would type. */
export const delegationSearchTerm = "tokyo";

const listPageSize = 25;

/**
 * Page 50 of the completed missions at the default scale; a smaller history has fewer pages, so
 * its last one (the app redirects a page past the end).
 */
export async function missionListPage(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM "Mission" WHERE status = 'COMPLETED' AND "archivedAt" IS NULL`,
    );
    return Math.max(1, Math.min(50, Math.ceil(Number(rows[0]?.count ?? 0) / listPageSize)));
  } finally {
    await client.end();
  }
}

export function benchTargets(shape: HistoryShape, access: BenchAccess, missionPage: number): Target[] {
  // The last full year of the history: the one a manager reviews.
  const year = shape.lastYear - 1;
  const page = { cookie: access.cookies.STAFF, accept: "text/html", "accept-encoding": "gzip" };
  const api = { authorization: `Bearer ${access.apiToken}`, accept: "application/json", "accept-encoding": "gzip" };
  return [
    {
      name: "dashboard",
      label: `Dashboard, year ${year}`,
      kind: "page",
      path: `/dashboard?year=${year}`,
      headers: page,
    },
    {
      name: "missions",
      label: `Missions: completed, by title, page ${missionPage}`,
      kind: "page",
      path: `/missions?status=COMPLETED&sort=title&direction=asc&page=${missionPage}`,
      headers: page,
    },
    {
      name: "search",
      label: `Delegations: search "${delegationSearchTerm}"`,
      kind: "page",
      path: `/delegations?q=${delegationSearchTerm}`,
      headers: page,
    },
    {
      name: "figures",
      label: `Figures API, year ${year}`,
      kind: "api",
      path: `/api/v1/figures?year=${year}`,
      headers: api,
    },
    // No session, no SQL, a heading and a small form: what the framework alone costs per page on
    // this machine, the part of every page's time that no query or index can remove.
    {
      name: "signed-out",
      label: "Sign-in page, signed out (no SQL)",
      kind: "reference",
      path: "/sign-in",
      headers: { accept: "text/html", "accept-encoding": "gzip" },
    },
  ];
}

import "server-only";
import { db } from "@/lib/db";

// Coverage of the priority destinations of the period that contains a year: for each destination
// and each year of the period, how many missions went there (completed), delegations came from
// there (welcomed), agreements with it were in force, and partners' joint actions (not archived)
// were dated there in the year. One query for the whole matrix.

export type CoverageCell = {
  year: number;
  missions: number;
  delegations: number;
  agreements: number;
  jointActions: number;
};
export type CoverageRow = { destinationId: string; city: string; countryCode: string; cells: CoverageCell[] };
export type PriorityCoverage = { periodLabel: string; startYear: number; endYear: number; rows: CoverageRow[] } | null;

export async function getPriorityCoverage(year: number): Promise<PriorityCoverage> {
  const period = await db.priorityPeriod.findFirst({
    where: { archivedAt: null, startYear: { lte: year }, endYear: { gte: year } },
    select: { id: true, label: true, startYear: true, endYear: true },
    orderBy: { startYear: "desc" },
  });
  if (!period) return null;
  // Missions, delegations and joint actions per destination and year come from "BreakdownCount"
  // (kept by triggers, see breakdowns.ts); agreements in force are counted from their small table.
  const cells = await db.$queryRawUnsafe<
    {
      destinationId: string;
      city: string;
      countryCode: string;
      year: number;
      missions: number;
      delegations: number;
      agreements: number;
      jointActions: number;
    }[]
  >(
    `SELECT t.id AS "destinationId", t.city, t."countryCode", y.year::int AS year,
      coalesce(c.missions, 0)::int AS missions, coalesce(c.delegations, 0)::int AS delegations,
      (SELECT count(*) FROM "Agreement" a
        WHERE a."destinationId" = t.id AND a."archivedAt" IS NULL
          AND a."startDate" <= make_date(y.year, 12, 31) AND (a."endDate" IS NULL OR a."endDate" >= make_date(y.year, 1, 1)))::int AS agreements,
      coalesce(c."jointActions", 0)::int AS "jointActions"
    FROM "PriorityDestination" p
    JOIN "Destination" t ON t.id = p."destinationId"
    CROSS JOIN generate_series($2::int, $3::int) AS y(year)
    LEFT JOIN "BreakdownCount" c ON c.year = y.year AND c.dimension = 'destination' AND c.key = t.id
    WHERE p."periodId" = $1
    ORDER BY t.city, y.year`,
    period.id,
    period.startYear,
    period.endYear,
  );
  const rows = new Map<string, CoverageRow>();
  for (const { destinationId, city, countryCode, ...cell } of cells) {
    const row = rows.get(destinationId) ?? { destinationId, city, countryCode, cells: [] };
    row.cells.push(cell);
    rows.set(destinationId, row);
  }
  return { periodLabel: period.label, startYear: period.startYear, endYear: period.endYear, rows: [...rows.values()] };
}

import "server-only";
import { db } from "@/lib/db";

// Coverage of the priority destinations of the period that contains a year: for each destination
// and each year of the period, how many missions went there (completed), delegations came from
// there (welcomed), agreements with it were in force, and partners' joint actions (not archived)
// were dated there in the year. One query for the whole matrix.

export type CoverageCell = { year: number; missions: number; delegations: number; agreements: number; jointActions: number };
export type CoverageRow = { destinationId: string; city: string; countryCode: string; cells: CoverageCell[] };
export type PriorityCoverage = { periodLabel: string; startYear: number; endYear: number; rows: CoverageRow[] } | null;

export async function getPriorityCoverage(year: number): Promise<PriorityCoverage> {
  const period = await db.priorityPeriod.findFirst({
    where: { archivedAt: null, startYear: { lte: year }, endYear: { gte: year } },
    select: { id: true, label: true, startYear: true, endYear: true },
    orderBy: { startYear: "desc" },
  });
  if (!period) return null;
  // Each measure is counted once per (destination, year) over the period, then the matrix is laid
  // out: the period's completed missions (partial index) probe their own destinations; delegations
  // and joint actions are read by destination and date from their partial indexes.
  const cells = await db.$queryRawUnsafe<{ destinationId: string; city: string; countryCode: string; year: number; missions: number; delegations: number; agreements: number; jointActions: number }[]>(
    `WITH priority AS (SELECT "destinationId" AS id FROM "PriorityDestination" WHERE "periodId" = $1),
    mission_years AS (
      SELECT l.destination, extract(year FROM m."startDate")::int AS year, count(*) AS n
      FROM "Mission" m CROSS JOIN LATERAL (SELECT "A" AS destination FROM "_DestinationToMission" WHERE "B" = m.id OFFSET 0) AS l
      WHERE m.status = 'COMPLETED' AND m."archivedAt" IS NULL
        AND m."startDate" >= make_date($2::int, 1, 1) AND m."startDate" < make_date($3::int + 1, 1, 1)
        AND l.destination IN (SELECT id FROM priority)
      GROUP BY 1, 2),
    delegation_years AS (
      SELECT d."originDestinationId" AS destination, extract(year FROM d."arrivalAt" AT TIME ZONE 'Europe/Paris')::int AS year, count(*) AS n
      FROM "Delegation" d
      WHERE d."originDestinationId" IN (SELECT id FROM priority) AND d.status = 'WELCOMED' AND d."archivedAt" IS NULL
        AND d."arrivalAt" >= (make_date($2::int, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')
        AND d."arrivalAt" < (make_date($3::int + 1, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')
      GROUP BY 1, 2),
    joint_action_years AS (
      SELECT j."destinationId" AS destination, extract(year FROM j.date)::int AS year, count(*) AS n
      FROM "JointAction" j
      WHERE j."destinationId" IN (SELECT id FROM priority) AND j."archivedAt" IS NULL
        AND j.date >= make_date($2::int, 1, 1) AND j.date < make_date($3::int + 1, 1, 1)
      GROUP BY 1, 2)
    SELECT t.id AS "destinationId", t.city, t."countryCode", y.year::int AS year,
      coalesce(mc.n, 0)::int AS missions, coalesce(dc.n, 0)::int AS delegations,
      (SELECT count(*) FROM "Agreement" a
        WHERE a."destinationId" = t.id AND a."archivedAt" IS NULL
          AND a."startDate" <= make_date(y.year, 12, 31) AND (a."endDate" IS NULL OR a."endDate" >= make_date(y.year, 1, 1)))::int AS agreements,
      coalesce(jc.n, 0)::int AS "jointActions"
    FROM priority p
    JOIN "Destination" t ON t.id = p.id
    CROSS JOIN generate_series($2::int, $3::int) AS y(year)
    LEFT JOIN mission_years mc ON mc.destination = t.id AND mc.year = y.year
    LEFT JOIN delegation_years dc ON dc.destination = t.id AND dc.year = y.year
    LEFT JOIN joint_action_years jc ON jc.destination = t.id AND jc.year = y.year
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

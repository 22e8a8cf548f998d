import "server-only";
import { db } from "@/lib/db";

// The year's mission costs on the dashboard (decision 019): the cost lines (not archived) of the
// missions (not archived) whose first day is in the year, whatever their status — a draft's plan
// and a cancelled mission's penalties are money too. Planned and actual added up in cents, in
// total, by payer (the Métropole or a partner: the lines partition the total) and by destination
// (a mission to two cities counts in both: those rows add up to more than the total). Each row
// says how many missions it adds up, and the missions list shows exactly them
// (lib/missions/list-params.ts: year, paidBy, destination).

export type CostTotals = { missions: number; plannedCents: number; actualCents: number };
export type PayerCosts = CostTotals & { partnerId: string | null; name: string | null };
export type DestinationCosts = CostTotals & { destinationId: string; city: string; countryCode: string };
export type YearMissionCosts = { total: CostTotals; byPayer: PayerCosts[]; byDestination: DestinationCosts[] };

export type CostRow = {
  missions: number;
  plannedCents: bigint | number | null;
  actualCents: bigint | number | null;
  part: "total" | "payer" | "destination";
  key: string | null;
  name: string | null;
  countryCode: string | null;
};

/** The statement: the year is its only parameter ($1); amounts are bigint sums of cents. */
export const missionCostsSql = `WITH line AS (
      SELECT c."missionId", c."payerPartnerId", coalesce(c."plannedCents", 0) AS planned, coalesce(c."actualCents", 0) AS actual
      FROM "MissionCost" c JOIN "Mission" m ON m.id = c."missionId"
      WHERE c."archivedAt" IS NULL AND m."archivedAt" IS NULL
        AND m."startDate" >= make_date($1, 1, 1) AND m."startDate" < make_date($1 + 1, 1, 1)
    )
    SELECT 'total' AS part, NULL AS key, NULL AS name, NULL AS "countryCode",
        count(DISTINCT "missionId")::int AS missions, sum(planned)::bigint AS "plannedCents", sum(actual)::bigint AS "actualCents"
      FROM line
    UNION ALL
    SELECT 'payer', l."payerPartnerId", p.name, NULL,
        count(DISTINCT l."missionId")::int, sum(l.planned)::bigint, sum(l.actual)::bigint
      FROM line l LEFT JOIN "Partner" p ON p.id = l."payerPartnerId"
      GROUP BY l."payerPartnerId", p.name
    UNION ALL
    SELECT 'destination', d.id, d.city, d."countryCode",
        count(DISTINCT l."missionId")::int, sum(l.planned)::bigint, sum(l.actual)::bigint
      FROM line l JOIN "_DestinationToMission" dm ON dm."B" = l."missionId" JOIN "Destination" d ON d.id = dm."A"
      GROUP BY d.id, d.city, d."countryCode"`;

/** The statement's rows (as the database or its JSON gives them) as the dashboard's totals. */
export function missionCostsFrom(rows: CostRow[]): YearMissionCosts {
  const amounts = (row: CostRow): CostTotals => ({
    missions: Number(row.missions),
    plannedCents: Number(row.plannedCents ?? 0),
    actualCents: Number(row.actualCents ?? 0),
  });
  const byPlanned = (a: CostTotals, b: CostTotals) => b.plannedCents - a.plannedCents || b.actualCents - a.actualCents;
  const total = rows.find((row) => row.part === "total");
  return {
    total: total ? amounts(total) : { missions: 0, plannedCents: 0, actualCents: 0 },
    byPayer: rows
      .filter((row) => row.part === "payer")
      .map((row) => ({ ...amounts(row), partnerId: row.key, name: row.name }))
      // The Métropole first, then partners by what they pay.
      .sort((a, b) => Number(a.partnerId !== null) - Number(b.partnerId !== null) || byPlanned(a, b)),
    byDestination: rows
      .filter((row) => row.part === "destination")
      .map((row) => ({ ...amounts(row), destinationId: row.key!, city: row.name!, countryCode: row.countryCode! }))
      .sort((a, b) => byPlanned(a, b) || a.city.localeCompare(b.city)),
  };
}

/** The year's totals in one round trip. */
export async function getYearMissionCosts(year: number): Promise<YearMissionCosts> {
  return missionCostsFrom(await db.$queryRawUnsafe<CostRow[]>(missionCostsSql, year));
}

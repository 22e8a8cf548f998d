import "server-only";
import { db } from "@/lib/db";
import { missionCostsFrom, missionCostsSql, type CostRow, type YearMissionCosts } from "./mission-costs";
import { missionResultsFrom, missionResultsSql, type ResultRow, type YearMissionResults } from "./mission-results";

// The dashboard's mission costs (decision 019) and results (decision 021) in one round trip: each
// SQL statement costs a request its own trip and work (decision 011), and the dashboard keeps to
// its budget of statements. Each part is its module's own statement, read back as JSON rows.

export async function getYearMissionWork(
  year: number,
): Promise<{ costs: YearMissionCosts; results: YearMissionResults }> {
  const [row] = await db.$queryRawUnsafe<{ costs: CostRow[]; results: ResultRow[] }[]>(
    `SELECT (SELECT coalesce(json_agg(c), '[]'::json) FROM (${missionCostsSql}) c) AS costs,
      (SELECT coalesce(json_agg(r), '[]'::json) FROM (${missionResultsSql}) r) AS results`,
    year,
  );
  return { costs: missionCostsFrom(row?.costs ?? []), results: missionResultsFrom(row?.results ?? []) };
}

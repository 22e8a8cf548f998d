import "server-only";
import { db } from "@/lib/db";

// What the year's missions led to (decision 021), from their records and their follow-ups
// (decision 020). The missions counted are the "missions carried out" of the key figures:
// completed, not archived, by the year of their first day. For each:
// - leads: the investor leads recorded on the mission;
// - projects landed and jobs announced: for each respondent (the department, each partner), its
//   latest answer (12 months before 6 before 3: results add up over time, so the latest holds
//   them all), added up over respondents — each reports what it obtained;
// - cost: its cost lines (not removed), actual where known, planned otherwise;
// - cost per landed project: the cost of the missions counted divided by the projects landed,
//   none while no project has landed.
// In total and by destination (a mission to two cities counts in both).

export type Results = {
  missions: number;
  leads: number;
  projectsLanded: number;
  jobsAnnounced: number;
  costCents: number;
  /** Null while no project has landed. */
  costPerProjectCents: number | null;
};
export type DestinationResults = Results & { destinationId: string; city: string; countryCode: string };
export type YearMissionResults = { total: Results; byDestination: DestinationResults[] };

export type ResultRow = {
  part: "total" | "destination";
  key: string | null;
  city: string | null;
  countryCode: string | null;
  missions: number;
  leads: bigint | number | null;
  projects: bigint | number | null;
  jobs: bigint | number | null;
  cents: bigint | number | null;
};

const resultsOf = (row: ResultRow): Results => {
  const projects = Number(row.projects ?? 0);
  const costCents = Number(row.cents ?? 0);
  return {
    missions: Number(row.missions),
    leads: Number(row.leads ?? 0),
    projectsLanded: projects,
    jobsAnnounced: Number(row.jobs ?? 0),
    costCents,
    costPerProjectCents: projects > 0 ? Math.round(costCents / projects) : null,
  };
};

/** The statement: the year is its only parameter ($1). */
export const missionResultsSql = `WITH counted AS (
      SELECT id, coalesce("leadsCount", 0) AS leads FROM "Mission"
      WHERE status = 'COMPLETED' AND "archivedAt" IS NULL
        AND "startDate" >= make_date($1, 1, 1) AND "startDate" < make_date($1 + 1, 1, 1)
    ), latest AS (
      SELECT DISTINCT ON (f."missionId", f."partnerId") f."missionId", f."projectsLanded", f."jobsAnnounced"
      FROM "MissionFollowUp" f JOIN counted ON counted.id = f."missionId"
      ORDER BY f."missionId", f."partnerId",
        CASE f.checkpoint WHEN 'TWELVE_MONTHS' THEN 3 WHEN 'SIX_MONTHS' THEN 2 ELSE 1 END DESC
    ), per_mission AS (
      SELECT counted.id, counted.leads,
        (SELECT coalesce(sum("projectsLanded"), 0) FROM latest WHERE latest."missionId" = counted.id) AS projects,
        (SELECT coalesce(sum("jobsAnnounced"), 0) FROM latest WHERE latest."missionId" = counted.id) AS jobs,
        (SELECT coalesce(sum(coalesce(c."actualCents", c."plannedCents", 0)), 0) FROM "MissionCost" c
          WHERE c."missionId" = counted.id AND c."archivedAt" IS NULL) AS cents
      FROM counted
    )
    SELECT 'total' AS part, NULL AS key, NULL AS city, NULL AS "countryCode", count(*)::int AS missions,
        sum(leads) AS leads, sum(projects) AS projects, sum(jobs) AS jobs, sum(cents) AS cents
      FROM per_mission
    UNION ALL
    SELECT 'destination', d.id, d.city, d."countryCode", count(*)::int,
        sum(p.leads), sum(p.projects), sum(p.jobs), sum(p.cents)
      FROM per_mission p JOIN "_DestinationToMission" dm ON dm."B" = p.id JOIN "Destination" d ON d.id = dm."A"
      GROUP BY d.id, d.city, d."countryCode"`;

/** The statement's rows (as the database or its JSON gives them) as the dashboard's figures. */
export function missionResultsFrom(rows: ResultRow[]): YearMissionResults {
  const total = rows.find((row) => row.part === "total");
  return {
    total: total
      ? resultsOf(total)
      : { missions: 0, leads: 0, projectsLanded: 0, jobsAnnounced: 0, costCents: 0, costPerProjectCents: null },
    byDestination: rows
      .filter((row) => row.part === "destination")
      .map((row) => ({ ...resultsOf(row), destinationId: row.key!, city: row.city!, countryCode: row.countryCode! }))
      .sort((a, b) => b.projectsLanded - a.projectsLanded || b.leads - a.leads || a.city.localeCompare(b.city)),
  };
}

/** The year's results in one round trip. */
export async function getYearMissionResults(year: number): Promise<YearMissionResults> {
  return missionResultsFrom(await db.$queryRawUnsafe<ResultRow[]>(missionResultsSql, year));
}

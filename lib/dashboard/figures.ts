import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { acceptedDays, endOfParisDay, startOfParisDay } from "@/lib/time";

// The key figures, each one SQL expression over the records (docs/decisions/009-dashboard.md).
// Years are Europe/Paris calendar years: an instant counts in year Y when it falls between
// 1 January 00:00 and 31 December 24:00 Paris time. Archived records never count.

export type KeyFigures = {
  year: number;
  missionsCarriedOut: number;
  delegationsWelcomed: number;
  internationalEventsOrganised: number;
  connectedTowns: number;
};

export const figureNames = [
  "missionsCarriedOut",
  "delegationsWelcomed",
  "internationalEventsOrganised",
  "connectedTowns",
] as const;
export type FigureName = (typeof figureNames)[number];

/** The figures that count a year's activity; connected towns are a running total. */
export const activityFigureNames = [
  "missionsCarriedOut",
  "delegationsWelcomed",
  "internationalEventsOrganised",
] as const satisfies readonly FigureName[];

/**
 * The four key figures for every year from `from` to `to`, in one query. Each figure is defined
 * once, in the database: "counted_records" and its view "CountedRecord" (migration
 * key_figure_definitions) — missions COMPLETED, not archived, by the year of their first day;
 * delegations WELCOMED, not archived, by the Paris year of their arrival; events HELD, not
 * archived, by the Paris year of their start; towns not archived, connected on or before
 * 31 December. Missions, delegations and events are read from "KeyFigureCount", which the database
 * keeps from that definition at every commit, so thirty years of trends read thirty rows; towns
 * (a few dozen rows, cumulative) are counted directly. What a page shows is the year's figures of
 * lib/dashboard/year-figures.ts: the published ones for a closed year.
 */
export async function getKeyFigures(
  from: number,
  to: number,
  client: Prisma.TransactionClient = db,
): Promise<KeyFigures[]> {
  const rows = await client.$queryRawUnsafe<
    { year: number; missions: number; delegations: number; events: number; towns: number }[]
  >(
    `SELECT y.year::int AS year,
      coalesce(sum(c.count) FILTER (WHERE c.figure = 'missionsCarriedOut'), 0)::int AS missions,
      coalesce(sum(c.count) FILTER (WHERE c.figure = 'delegationsWelcomed'), 0)::int AS delegations,
      coalesce(sum(c.count) FILTER (WHERE c.figure = 'internationalEventsOrganised'), 0)::int AS events,
      (SELECT count(*) FROM "counted_records"('town', NULL) t WHERE t.year <= y.year)::int AS towns
    FROM generate_series($1::int, $2::int) AS y(year)
    LEFT JOIN "KeyFigureCount" c ON c.year = y.year
    GROUP BY y.year
    ORDER BY y.year`,
    from,
    to,
  );
  return rows.map((row) => ({
    year: row.year,
    missionsCarriedOut: row.missions,
    delegationsWelcomed: row.delegations,
    internationalEventsOrganised: row.events,
    connectedTowns: row.towns,
  }));
}

/**
 * The first and last years that hold any record (for the year picker and the trends), among the
 * accepted years only: a date stored before input was bounded cannot stretch them over centuries.
 */
export async function getRecordedYears(): Promise<{ first: number; last: number } | null> {
  const days = `BETWEEN '${acceptedDays.first}'::date AND '${acceptedDays.last}'::date`;
  const timed = (column: string) => `"${column}" >= $1 AND "${column}" < $2`;
  const [row] = await db.$queryRawUnsafe<{ first: number | null; last: number | null }[]>(
    `SELECT min(y)::int AS first, max(y)::int AS last FROM (
      SELECT extract(year FROM min("startDate"))::int AS y FROM "Mission" WHERE "archivedAt" IS NULL AND "startDate" ${days}
      UNION ALL SELECT extract(year FROM max("startDate"))::int FROM "Mission" WHERE "archivedAt" IS NULL AND "startDate" ${days}
      UNION ALL SELECT extract(year FROM min("arrivalAt") AT TIME ZONE 'Europe/Paris')::int FROM "Delegation" WHERE "archivedAt" IS NULL AND ${timed("arrivalAt")}
      UNION ALL SELECT extract(year FROM max("arrivalAt") AT TIME ZONE 'Europe/Paris')::int FROM "Delegation" WHERE "archivedAt" IS NULL AND ${timed("arrivalAt")}
      UNION ALL SELECT extract(year FROM min("startsAt") AT TIME ZONE 'Europe/Paris')::int FROM "InternationalEvent" WHERE "archivedAt" IS NULL AND ${timed("startsAt")}
      UNION ALL SELECT extract(year FROM max("startsAt") AT TIME ZONE 'Europe/Paris')::int FROM "InternationalEvent" WHERE "archivedAt" IS NULL AND ${timed("startsAt")}
      UNION ALL SELECT extract(year FROM min("connectedOn"))::int FROM "Town" WHERE "archivedAt" IS NULL AND "connectedOn" ${days}
    ) AS bounds`,
    startOfParisDay(acceptedDays.first),
    endOfParisDay(acceptedDays.last),
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

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

export const figureNames = ["missionsCarriedOut", "delegationsWelcomed", "internationalEventsOrganised", "connectedTowns"] as const;
export type FigureName = (typeof figureNames)[number];

/**
 * The four key figures for every year from `from` to `to`, in one query. Missions, delegations and
 * events come from "KeyFigureCount", which triggers keep equal to the definitions below in the
 * same transaction as every change (migration 20261127174000_dashboard_and_list_performance), so
 * thirty years of trends read thirty rows; the definitions, for reference:
 * - missions: COMPLETED, not archived, first day in the year;
 * - delegations: WELCOMED, not archived, arrival in the Paris year;
 * - events: HELD, not archived, start in the Paris year.
 * Towns (a few dozen rows, cumulative) are counted directly.
 */
export async function getKeyFigures(from: number, to: number, client: Prisma.TransactionClient = db): Promise<KeyFigures[]> {
  const rows = await client.$queryRawUnsafe<{ year: number; missions: number; delegations: number; events: number; towns: number }[]>(
    `SELECT y.year::int AS year,
      coalesce(sum(c.count) FILTER (WHERE c.figure = 'missionsCarriedOut'), 0)::int AS missions,
      coalesce(sum(c.count) FILTER (WHERE c.figure = 'delegationsWelcomed'), 0)::int AS delegations,
      coalesce(sum(c.count) FILTER (WHERE c.figure = 'internationalEventsOrganised'), 0)::int AS events,
      (SELECT count(*) FROM "Town" t
        WHERE t."archivedAt" IS NULL AND t."connectedOn" <= make_date(y.year, 12, 31))::int AS towns
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

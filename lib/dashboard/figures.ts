import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/** The bounds of year Y as instants: local midnight in Paris of 1 January Y and of 1 January Y+1. */
const parisYearStart = (expression: string) => `(make_date(${expression}, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')`;

/**
 * The four key figures for every year from `from` to `to`, in one query. Ranges rather than
 * extract(year …) so the indexes on the dates serve them.
 */
export async function getKeyFigures(from: number, to: number, client: Prisma.TransactionClient = db): Promise<KeyFigures[]> {
  const rows = await client.$queryRawUnsafe<{ year: number; missions: number; delegations: number; events: number; towns: number }[]>(
    `SELECT y.year::int AS year,
      (SELECT count(*) FROM "Mission" m
        WHERE m.status = 'COMPLETED' AND m."archivedAt" IS NULL
          AND m."startDate" >= make_date(y.year, 1, 1) AND m."startDate" < make_date(y.year + 1, 1, 1))::int AS missions,
      (SELECT count(*) FROM "Delegation" d
        WHERE d.status = 'WELCOMED' AND d."archivedAt" IS NULL
          AND d."arrivalAt" >= ${parisYearStart("y.year")} AND d."arrivalAt" < ${parisYearStart("y.year + 1")})::int AS delegations,
      (SELECT count(*) FROM "InternationalEvent" e
        WHERE e.status = 'HELD' AND e."archivedAt" IS NULL
          AND e."startsAt" >= ${parisYearStart("y.year")} AND e."startsAt" < ${parisYearStart("y.year + 1")})::int AS events,
      (SELECT count(*) FROM "Town" t
        WHERE t."archivedAt" IS NULL AND t."connectedOn" <= make_date(y.year, 12, 31))::int AS towns
    FROM generate_series($1::int, $2::int) AS y(year)
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

/** The first and last years that hold any record (for the year picker and the trends). */
export async function getRecordedYears(): Promise<{ first: number; last: number } | null> {
  const [row] = await db.$queryRawUnsafe<{ first: number | null; last: number | null }[]>(
    `SELECT min(y)::int AS first, max(y)::int AS last FROM (
      SELECT extract(year FROM min("startDate"))::int AS y FROM "Mission" WHERE "archivedAt" IS NULL
      UNION ALL SELECT extract(year FROM max("startDate"))::int FROM "Mission" WHERE "archivedAt" IS NULL
      UNION ALL SELECT extract(year FROM min("arrivalAt") AT TIME ZONE 'Europe/Paris')::int FROM "Delegation" WHERE "archivedAt" IS NULL
      UNION ALL SELECT extract(year FROM max("arrivalAt") AT TIME ZONE 'Europe/Paris')::int FROM "Delegation" WHERE "archivedAt" IS NULL
      UNION ALL SELECT extract(year FROM min("startsAt") AT TIME ZONE 'Europe/Paris')::int FROM "InternationalEvent" WHERE "archivedAt" IS NULL
      UNION ALL SELECT extract(year FROM max("startsAt") AT TIME ZONE 'Europe/Paris')::int FROM "InternationalEvent" WHERE "archivedAt" IS NULL
      UNION ALL SELECT extract(year FROM min("connectedOn"))::int FROM "Town" WHERE "archivedAt" IS NULL
    ) AS bounds`,
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

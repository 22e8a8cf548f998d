import "server-only";
import { db } from "@/lib/db";
import { acceptedDayRange, acceptedInstantRange } from "@/lib/records/year-options";

// The first and last values of an indexed date column over a whole table, for the year filters of
// the lists. Prisma's aggregate wraps the table in a subquery, which makes PostgreSQL read every
// row (50,000 missions: several milliseconds on every list page); a plain min/max reads the two
// ends of the column's index instead. Only values of the accepted range count (lib/time.ts), read
// from the same index ends. Only for unscoped readers: a partner's lists keep Prisma's aggregate
// with their scope.

/** The accepted range as [gte, lt) for both kinds of column: days stored as UTC midnight, and instants. */
function acceptedBounds(kind: "day" | "instant"): { gte: Date; lt: Date } {
  if (kind === "instant") return acceptedInstantRange();
  const { gte, lte } = acceptedDayRange();
  return { gte, lt: new Date(lte.getTime() + 24 * 60 * 60 * 1000) };
}

const indexedDateColumns = {
  Mission: { column: "startDate", kind: "day" },
  Delegation: { column: "arrivalAt", kind: "instant" },
  InternationalEvent: { column: "startsAt", kind: "instant" },
  JointAction: { column: "date", kind: "day" },
} as const;

export type RangeTable = keyof typeof indexedDateColumns;

export async function columnRange(table: RangeTable): Promise<{ min: Date | null; max: Date | null }> {
  const { column, kind } = indexedDateColumns[table];
  const { gte, lt } = acceptedBounds(kind);
  const [row] = await db.$queryRawUnsafe<{ min: Date | null; max: Date | null }[]>(
    `SELECT min("${column}") AS min, max("${column}") AS max FROM "${table}" WHERE "${column}" >= $1 AND "${column}" < $2`,
    gte,
    lt,
  );
  return { min: row?.min ?? null, max: row?.max ?? null };
}

/**
 * The countries delegations come from, one probe of their index per country (a "skip scan"): a
 * few hundred countries among 100,000 delegations in about a millisecond, where grouping reads
 * every row.
 */
export async function distinctDelegationCountries(): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ code: string }[]>(
    `WITH RECURSIVE codes AS (
      (SELECT "originCountryCode" AS code FROM "Delegation" ORDER BY 1 LIMIT 1)
      UNION ALL
      SELECT (SELECT "originCountryCode" FROM "Delegation" WHERE "originCountryCode" > codes.code ORDER BY 1 LIMIT 1) FROM codes WHERE codes.code IS NOT NULL)
    SELECT code FROM codes WHERE code IS NOT NULL`,
  );
  return rows.map((row) => row.code.trim());
}

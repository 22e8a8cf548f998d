import "server-only";
import { db } from "@/lib/db";

// The first and last values of an indexed date column over a whole table, for the year filters of
// the lists. Prisma's aggregate wraps the table in a subquery, which makes PostgreSQL read every
// row (50,000 missions: several milliseconds on every list page); a plain min/max reads the two
// ends of the column's index instead. Only for unscoped readers: a partner's lists keep Prisma's
// aggregate with their scope.

const indexedDateColumns = {
  Mission: "startDate",
  Delegation: "arrivalAt",
  InternationalEvent: "startsAt",
  JointAction: "date",
} as const;

export type RangeTable = keyof typeof indexedDateColumns;

export async function columnRange(table: RangeTable): Promise<{ min: Date | null; max: Date | null }> {
  const column = indexedDateColumns[table];
  const [row] = await db.$queryRawUnsafe<{ min: Date | null; max: Date | null }[]>(`SELECT min("${column}") AS min, max("${column}") AS max FROM "${table}"`);
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

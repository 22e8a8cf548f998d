import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every table of the public schema, with its rows as one canonical JSON text (sorted), and its row count. */
export type DatabaseContents = Record<string, { rows: number; content: string }>;

/**
 * What "identical records" means for the backup test: every row of every table (the migrations'
 * bookkeeping included), compared as text, plus where each id sequence stands, so that a restored
 * database also hands out the same next ids.
 */
export async function readContents(
  client: PrismaClient,
): Promise<{ tables: DatabaseContents; sequences: Record<string, string | null> }> {
  const names = await client.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const tables: DatabaseContents = {};
  for (const { tablename } of names) {
    const [row] = await client.$queryRawUnsafe<{ rows: number; content: string }[]>(
      `SELECT count(*)::int AS rows, coalesce(json_agg(t ORDER BY t::text), '[]'::json)::text AS content FROM "public"."${tablename}" t`,
    );
    tables[tablename] = row ?? { rows: 0, content: "[]" };
  }
  const sequences = await client.$queryRaw<{ name: string; last: string | null }[]>`
    SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`;
  return { tables, sequences: Object.fromEntries(sequences.map(({ name, last }) => [name, last])) };
}

/** Row counts by table, for readable failure messages and for docs/reliability.md. */
export const rowCounts = (tables: DatabaseContents) =>
  Object.fromEntries(Object.entries(tables).map(([name, { rows }]) => [name, rows]));

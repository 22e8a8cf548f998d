// Counts every row the database writes, so a fuzz run can prove that a rejected input changed
// nothing, at the cost of one query per input (comparing whole tables would cost thirty). Row
// triggers count inside the writing transaction: a rolled-back write leaves the count as it was.
// Installed for the fuzz files only, and removed afterwards.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { testDb } from "../setup/database";

const counterTable = "_FuzzWriteCount";
// Reads may touch these: the shared API rate-limit windows, and a token's last-used time.
const uncountedTables = new Set(["_prisma_migrations", "RateLimitWindow", counterTable]);

async function userTables(): Promise<string[]> {
  const rows = await testDb.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
  return rows.map((row) => row.tablename).filter((table) => !uncountedTables.has(table));
}

async function install(): Promise<void> {
  await testDb.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "${counterTable}" (n bigint NOT NULL)`);
  await testDb.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE "${counterTable}" SET n = n + 1; RETURN NULL; END $$`,
  );
  for (const table of await userTables()) {
    // A token's lastUsedAt is bookkeeping of a read; its other columns are not.
    const events =
      table === "AccessToken"
        ? `INSERT OR DELETE OR UPDATE OF "revokedAt", "name", "secretHash", "userId"`
        : "INSERT OR UPDATE OR DELETE";
    await testDb.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fuzz_count_write ON "${table}"`);
    await testDb.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_count_write AFTER ${events} ON "${table}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()`,
    );
  }
}

async function uninstall(): Promise<void> {
  for (const table of await userTables())
    await testDb.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fuzz_count_write ON "${table}"`);
  await testDb.$executeRawUnsafe(`DROP TABLE IF EXISTS "${counterTable}"`);
  await testDb.$executeRawUnsafe(`DROP FUNCTION IF EXISTS fuzz_count_write()`);
}

/** Call at the top of a fuzz test file. */
export function countWritesInEachTest(): void {
  beforeAll(install);
  // The shared setup empties every table before each test, the counter's too.
  beforeEach(async () => {
    await testDb.$executeRawUnsafe(
      `INSERT INTO "${counterTable}" (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM "${counterTable}")`,
    );
  });
  afterAll(uninstall);
}

/** Rows written so far in this test. */
export async function writeCount(): Promise<bigint> {
  const [row] = await testDb.$queryRawUnsafe<{ n: bigint }[]>(`SELECT n FROM "${counterTable}"`);
  return row?.n ?? 0n;
}

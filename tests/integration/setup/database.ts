import { afterAll, beforeEach, inject } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";

/**
 * This worker's database, for tests and for the app code they call (lib/db reads DATABASE_URL).
 * Vitest numbers its workers from 1 (VITEST_POOL_ID); each has its own copy.
 */
const databaseUrls = inject("databaseUrls");
export const databaseUrl = databaseUrls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % databaseUrls.length] as string;
process.env.DATABASE_URL = databaseUrl;

export const testDb = createPrismaClient(databaseUrl, 2);

// Every test starts from empty tables (the migrations' own bookkeeping table is kept).
beforeEach(async () => {
  const tables = await testDb.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"public"."${tablename}"`).join(", ");
  await testDb.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
});

afterAll(async () => {
  await testDb.$disconnect();
});

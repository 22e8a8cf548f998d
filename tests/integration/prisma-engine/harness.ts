// Helpers for tests/integration/prisma-engine.test.ts: scratch databases on the test server, throwaway
// Prisma projects, and the real Prisma CLI run as a child process (so the bridge is exercised exactly
// as `npx prisma …` uses it).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const bridgePath = path.join(repoRoot, "prisma/engine/schema-engine.mjs");
const prismaCli = path.join(repoRoot, "node_modules/prisma/build/index.js");

/** Admin connection: creates and drops the scratch databases. */
export const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function listDatabases(): Promise<string[]> {
  const rows = await query<{ datname: string }>(adminUrl, "SELECT datname FROM pg_database ORDER BY datname");
  return rows.map((row) => row.datname);
}

export const shadowDatabases = async () =>
  (await listDatabases()).filter((name) => name.startsWith("prisma_migrate_shadow_db_"));

/** A unique database name; created unless `create: false` (to let the CLI create it). */
export async function scratchDatabase(
  create = true,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `prisma_engine_it_${randomBytes(5).toString("hex")}`;
  if (create) await query(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function tablesIn(url: string): Promise<string[]> {
  const rows = await query<{ tablename: string }>(
    url,
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((row) => row.tablename);
}

export const schema = `datasource db {
  provider = "postgresql"
}

enum Kind {
  SMALL
  LARGE
}

model Item {
  id        Int      @id @default(autoincrement())
  name      String   @unique
  kind      Kind     @default(SMALL)
  createdAt DateTime @default(now()) @db.Timestamptz(3)
  notes     Note[]
}

model Note {
  id     Int    @id @default(autoincrement())
  body   String
  itemId Int
  item   Item   @relation(fields: [itemId], references: [id])

  @@index([itemId])
}
`;

/** Hand-written equivalent of `schema`, so deploy tests do not depend on migrate dev. */
export const initMigration = `CREATE TYPE "Kind" AS ENUM ('SMALL', 'LARGE');
CREATE TABLE "Item" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, "kind" "Kind" NOT NULL DEFAULT 'SMALL',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, CONSTRAINT "Item_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Note" ("id" SERIAL NOT NULL, "body" TEXT NOT NULL, "itemId" INTEGER NOT NULL,
  CONSTRAINT "Note_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "Item_name_key" ON "Item"("name");
CREATE INDEX "Note_itemId_idx" ON "Note"("itemId");
ALTER TABLE "Note" ADD CONSTRAINT "Note_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`;

export type Project = { dir: string; writeMigration: (name: string, sql: string) => void; cleanup: () => void };

/** A throwaway project: prisma/schema.prisma, prisma.config.ts wired to the bridge, node_modules link. */
export function createProject(schemaText = schema): Project {
  const dir = mkdtempSync(path.join(tmpdir(), "prisma-engine-it-"));
  mkdirSync(path.join(dir, "prisma/migrations"), { recursive: true });
  writeFileSync(path.join(dir, "prisma/schema.prisma"), schemaText);
  writeFileSync(
    path.join(dir, "prisma.config.ts"),
    `import { defineConfig } from "prisma/config";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(bridgePath)};
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node seed.mjs" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
`,
  );
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  return {
    dir,
    writeMigration(name, sql) {
      mkdirSync(path.join(dir, "prisma/migrations", name), { recursive: true });
      writeFileSync(path.join(dir, "prisma/migrations", name, "migration.sql"), sql);
      writeFileSync(path.join(dir, "prisma/migrations/migration_lock.toml"), 'provider = "postgresql"\n');
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type CliResult = { code: number | null; stdout: string; stderr: string; output: string };

/** Runs `prisma <args>` in `cwd` with DATABASE_URL set; never throws on a non-zero exit. */
export function runPrisma(cwd: string, args: string[], databaseUrl: string, input?: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    CHECKPOINT_DISABLE: "1", // no telemetry request
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY; // the project's prisma.config.ts must set it
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` }));
    child.stdin.end(input ?? "");
  });
}

/** A JavaScript stack frame ("    at fn (file.js:1:2)") in CLI output means an unhandled crash. */
export const stackFrame = /^\s+at .+:\d+:\d+\)?$/m;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

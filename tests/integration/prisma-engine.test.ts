// The Prisma CLI with the WebAssembly schema engine bridge (prisma/engine, docs/decisions/001), against
// a real PostgreSQL. Every test gets its own database(s) and project directory and runs the real CLI.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  adminUrl,
  bridgePath,
  createProject,
  freePort,
  initMigration,
  query,
  repoRoot,
  runPrisma,
  scratchDatabase,
  schema,
  shadowDatabases,
  stackFrame,
  tablesIn,
  type Project,
} from "./prisma-engine/harness";

const TIMEOUT = 120_000;
const cleanups: Array<() => unknown> = [];

async function setup(options: { createDatabase?: boolean; schemaText?: string } = {}) {
  const db = await scratchDatabase(options.createDatabase ?? true);
  const project = createProject(options.schemaText);
  cleanups.push(db.drop, project.cleanup);
  const prisma = (...args: string[]) => runPrisma(project.dir, args, db.url);
  return { db, project, prisma };
}

const migrationDirs = (project: Project) =>
  readdirSync(path.join(project.dir, "prisma/migrations")).filter((entry) => !entry.endsWith(".toml"));

beforeAll(async () => {
  await query(adminUrl, "SELECT 1"); // fail fast when the test server is down
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("prisma CLI through the wasm schema engine bridge", () => {
  it(
    "is the schema engine that the project's prisma.config.ts selects",
    async () => {
      const result = await runPrisma(repoRoot, ["version"], "postgresql://postgres@127.0.0.1:5432/postgres");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Schema Engine\s+: schema-engine-cli 0edf323efd1d98336f3f0a68684b56f689b900d3/);
      expect(result.stdout).toContain(path.relative(repoRoot, bridgePath));
    },
    TIMEOUT,
  );

  it(
    "migrate deploy creates the tables in an empty database",
    async () => {
      const { db, project, prisma } = await setup();
      project.writeMigration("20240101000000_init", initMigration);

      const result = await prisma("migrate", "deploy");

      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toContain("All migrations have been successfully applied.");
      expect(await tablesIn(db.url)).toEqual(["Item", "Note", "_prisma_migrations"]);
      const applied = await query<{ migration_name: string }>(
        db.url,
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
      );
      expect(applied.map((row) => row.migration_name)).toEqual(["20240101000000_init"]);
    },
    TIMEOUT,
  );

  it(
    "migrate deploy creates the database when it does not exist yet",
    async () => {
      const { db, project, prisma } = await setup({ createDatabase: false });
      project.writeMigration("20240101000000_init", initMigration);

      const result = await prisma("migrate", "deploy");

      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toContain(`database ${db.name} created`);
      expect(await tablesIn(db.url)).toContain("Item");
    },
    TIMEOUT,
  );

  it(
    "migrate dev authors and applies migrations through a shadow database it then drops",
    async () => {
      const { db, project, prisma } = await setup();
      const shadowsBefore = await shadowDatabases();

      const first = await prisma("migrate", "dev", "--name", "init");
      expect(first.code, first.output).toBe(0);
      const [init] = migrationDirs(project);
      expect(init).toMatch(/^\d{14}_init$/);
      expect(readFileSync(path.join(project.dir, "prisma/migrations", init!, "migration.sql"), "utf8")).toContain(
        'CREATE TABLE "Item"',
      );
      expect(await tablesIn(db.url)).toEqual(["Item", "Note", "_prisma_migrations"]);

      // A second migration replays the first on the shadow database and diffs against the live schema
      // (this introspects constraints, i.e. PostgreSQL's "char" columns).
      writeFileSync(
        path.join(project.dir, "prisma/schema.prisma"),
        schema.replace("  body   String\n", "  body   String\n  pinned Boolean @default(false)\n"),
      );
      const second = await prisma("migrate", "dev", "--name", "pin_notes");
      expect(second.code, second.output).toBe(0);
      const added = migrationDirs(project).find((dir) => dir.endsWith("_pin_notes"));
      expect(readFileSync(path.join(project.dir, "prisma/migrations", added!, "migration.sql"), "utf8")).toMatch(
        /ALTER TABLE "Note" ADD COLUMN\s+"pinned" BOOLEAN NOT NULL DEFAULT false/,
      );
      expect(await query(db.url, 'SELECT "pinned" FROM "Note"')).toEqual([]);

      expect(await shadowDatabases()).toEqual(shadowsBefore);
    },
    TIMEOUT,
  );

  it(
    "migrate dev on a fresh clone applies the committed migrations, then authors the next one",
    async () => {
      // The path every new teammate takes: pending migrations are applied first, and only then is
      // the schema compared with the migration history, on a shadow database.
      const { db, project, prisma } = await setup({
        schemaText: schema.replace("  body   String\n", "  body   String\n  pinned Boolean @default(false)\n"),
      });
      project.writeMigration("20240101000000_init", initMigration);
      const shadowsBefore = await shadowDatabases();

      const result = await prisma("migrate", "dev", "--name", "pin_notes");

      expect(result.code, result.output).toBe(0);
      expect(migrationDirs(project)).toEqual(["20240101000000_init", expect.stringMatching(/^\d{14}_pin_notes$/)]);
      expect(await query(db.url, 'SELECT "pinned" FROM "Note"')).toEqual([]);
      expect(await shadowDatabases()).toEqual(shadowsBefore);
    },
    TIMEOUT,
  );

  it(
    "migrate dev --create-only writes the migration without applying it",
    async () => {
      const { db, project, prisma } = await setup();

      const result = await prisma("migrate", "dev", "--create-only", "--name", "draft");

      expect(result.code, result.output).toBe(0);
      const [draft] = migrationDirs(project);
      expect(draft).toMatch(/_draft$/);
      expect(readFileSync(path.join(project.dir, "prisma/migrations", draft!, "migration.sql"), "utf8")).toContain(
        'CREATE TABLE "Note"',
      );
      expect(await tablesIn(db.url)).not.toContain("Item");
      const status = await prisma("migrate", "status");
      expect(status.code).toBe(1);
      expect(status.stdout).toContain(draft);
    },
    TIMEOUT,
  );

  it(
    "migrate status reports pending migrations with a failing exit code, then up to date",
    async () => {
      const { project, prisma } = await setup();
      project.writeMigration("20240101000000_init", initMigration);

      const pending = await prisma("migrate", "status");
      expect(pending.code).toBe(1);
      expect(pending.stdout).toMatch(/Following migration have not yet been applied:\s+20240101000000_init/);

      expect((await prisma("migrate", "deploy")).code).toBe(0);
      const upToDate = await prisma("migrate", "status");
      expect(upToDate.code, upToDate.output).toBe(0);
      expect(upToDate.stdout).toContain("Database schema is up to date!");
    },
    TIMEOUT,
  );

  it(
    "a broken migration fails with P3018, names the migration, and applies none of it",
    async () => {
      const { db, project, prisma } = await setup();
      project.writeMigration("20240101000000_init", initMigration);
      project.writeMigration("20240102000000_broken", 'CREATE TABLE "Half" ("id" INTEGER);\nCREATE TABL oops;\n');

      const result = await prisma("migrate", "deploy");

      expect(result.code).not.toBe(0);
      expect(result.output).toContain("P3018");
      expect(result.output).toContain("Migration name: 20240102000000_broken");
      expect(result.output).toContain('syntax error at or near "TABL"');
      expect(result.output).not.toMatch(stackFrame);
      const tables = await tablesIn(db.url);
      expect(tables).toContain("Item");
      expect(tables).not.toContain("Half"); // the script runs as one unit, like the native engine

      const again = await prisma("migrate", "deploy");
      expect(again.code).not.toBe(0);
      expect(again.output).toContain("P3009");
    },
    TIMEOUT,
  );

  it(
    "an unreachable database gives P1001, not a stack trace",
    async () => {
      const project = createProject();
      cleanups.push(project.cleanup);
      project.writeMigration("20240101000000_init", initMigration);
      for (const command of [
        ["migrate", "deploy"],
        ["migrate", "status"],
        ["db", "pull", "--print"],
      ]) {
        const result = await runPrisma(project.dir, command, "postgresql://postgres@127.0.0.1:5999/nowhere");
        expect(result.code, command.join(" ")).toBe(1);
        expect(result.output).toMatch(/P1001[:\s]+Can't reach database server at `127\.0\.0\.1:5999`/);
        expect(result.output).not.toMatch(stackFrame);
      }
    },
    TIMEOUT,
  );

  it(
    "migrate reset --force empties the database and re-applies the migrations",
    async () => {
      const { db, project, prisma } = await setup();
      project.writeMigration("20240101000000_init", initMigration);
      expect((await prisma("migrate", "deploy")).code).toBe(0);
      await query(db.url, `INSERT INTO "Item" ("name") VALUES ('kept?')`);
      await query(db.url, 'CREATE TABLE "stray" (id int)');

      const result = await prisma("migrate", "reset", "--force");

      expect(result.code, result.output).toBe(0);
      expect(await tablesIn(db.url)).toEqual(["Item", "Note", "_prisma_migrations"]);
      expect(await query(db.url, 'SELECT * FROM "Item"')).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "migrate diff renders SQL from an empty database to the schema, even with no database running",
    async () => {
      const { prisma, project } = await setup();

      const result = await prisma("migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script");
      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toContain("CREATE TYPE \"Kind\" AS ENUM ('SMALL', 'LARGE');");
      expect(result.stdout).toContain('CREATE TABLE "Note"');

      const offline = await runPrisma(
        project.dir,
        ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
        "postgresql://postgres@127.0.0.1:5999/nowhere",
      );
      expect(offline.code, offline.output).toBe(0);
      expect(offline.stdout).toBe(result.stdout);
    },
    TIMEOUT,
  );

  it(
    "migrate diff --exit-code and --from-config-datasource compare with the live database",
    async () => {
      const { prisma, project } = await setup();
      project.writeMigration("20240101000000_init", initMigration);
      expect((await prisma("migrate", "deploy")).code).toBe(0);

      const inSync = await prisma(
        "migrate",
        "diff",
        "--from-config-datasource",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      );
      expect(inSync.code, inSync.output).toBe(0);
      const changed = await prisma(
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      );
      expect(changed.code).toBe(2);
    },
    TIMEOUT,
  );

  it(
    "db execute runs a whole script (dollar-quoted bodies included) and db seed runs the seed",
    async () => {
      const { db, project, prisma } = await setup();
      const script = `CREATE TABLE t (v text);
CREATE FUNCTION semi() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'a;b'; END; $$;
INSERT INTO t SELECT semi();`;

      const executed = await runPrisma(project.dir, ["db", "execute", "--stdin"], db.url, script);
      expect(executed.code, executed.output).toBe(0);
      expect(await query(db.url, "SELECT v FROM t")).toEqual([{ v: "a;b" }]);

      const failed = await runPrisma(project.dir, ["db", "execute", "--stdin"], db.url, "SELEC 1");
      expect(failed.code).toBe(1);
      expect(failed.output).toContain('syntax error at or near "SELEC"');

      writeFileSync(
        path.join(project.dir, "seed.mjs"),
        `import pg from "pg";
const client = new pg.Client(process.env.DATABASE_URL);
await client.connect();
await client.query("INSERT INTO t VALUES ('seeded')");
await client.end();
`,
      );
      const seeded = await prisma("db", "seed");
      expect(seeded.code, seeded.output).toBe(0);
      expect(await query(db.url, "SELECT v FROM t ORDER BY v")).toEqual([{ v: "a;b" }, { v: "seeded" }]);
    },
    TIMEOUT,
  );

  it(
    'db pull introspects constraints, whose type is PostgreSQL\'s one-byte "char"',
    async () => {
      const { db, prisma } = await setup();
      await query(
        db.url,
        'CREATE TABLE "Gauge" ("id" INTEGER PRIMARY KEY, "level" INTEGER NOT NULL CHECK ("level" > 0))',
      );

      const result = await prisma("db", "pull", "--print");

      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toMatch(/model Gauge \{\s+id\s+Int\s+@id/);
      expect(result.stdout).toContain("/// This table contains check constraints");
    },
    TIMEOUT,
  );

  it(
    "migrate deploy works against PGlite served over pglite-socket (the demo database)",
    async () => {
      const db = await PGlite.create();
      const port = await freePort();
      const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 4 });
      await server.start();
      const project = createProject();
      cleanups.push(project.cleanup, async () => {
        await server.stop();
        await db.close();
      });
      project.writeMigration("20240101000000_init", initMigration);
      const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;

      const deployed = await runPrisma(project.dir, ["migrate", "deploy"], url);
      expect(deployed.code, deployed.output).toBe(0);
      const tables = await db.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      expect(tables.rows.map((row) => row.tablename)).toEqual(["Item", "Note", "_prisma_migrations"]);

      const status = await runPrisma(project.dir, ["migrate", "status"], url);
      expect(status.code, status.output).toBe(0);
      // PGlite serves one database whatever name is asked for: the bridge must refuse to use it as a
      // shadow database (the engine wipes its shadow database) instead of resetting the real one.
      writeFileSync(path.join(project.dir, "prisma/schema.prisma"), `${schema}\nmodel Extra {\n  id Int @id\n}\n`);
      const dev = await runPrisma(project.dir, ["migrate", "dev", "--name", "extra"], url);
      expect(dev.code).not.toBe(0);
      expect(dev.output).toContain("shadow database");
      const after = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM "_prisma_migrations"');
      expect(after.rows[0]?.count).toBe(1);
      expect((await db.query('SELECT * FROM "Item"')).fields.length).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

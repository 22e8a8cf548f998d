// Test databases on a real PostgreSQL server: start the local cluster when it is installed but
// stopped, create a fresh database per run from the committed migrations, drop it afterwards.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import pg from "pg";

export const adminDatabaseUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function startLocalCluster(): boolean {
  if (!existsSync("/etc/postgresql")) return false;
  const [version] = readdirSync("/etc/postgresql");
  if (!version) return false;
  const result = spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], {
    stdio: "ignore",
  });
  return result.status === 0;
}

/** Makes sure the test server answers, starting the local cluster if that is what is missing. */
export async function ensurePostgres(): Promise<void> {
  if (await canConnect(adminDatabaseUrl)) return;
  if (startLocalCluster()) {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      if (await canConnect(adminDatabaseUrl)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(
    `PostgreSQL is not reachable at ${adminDatabaseUrl}.\n` +
      "Set TEST_DATABASE_URL to a server where the user may create databases, or install and start " +
      "PostgreSQL locally (Debian: apt-get install postgresql).",
  );
}

async function runAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty, uniquely named database and applies the migrations; returns its URL. */
export async function createMigratedDatabase(prefix: string): Promise<{ url: string; name: string }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await runAdmin(`CREATE DATABASE "${name}"`);
  const url = withDatabase(adminDatabaseUrl, name);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return { url, name };
}

/** A copy of a migrated database (PostgreSQL copies its files: no migrations to replay). */
export async function cloneDatabase(template: string, prefix: string): Promise<{ url: string; name: string }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await runAdmin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return { url: withDatabase(adminDatabaseUrl, name), name };
}

export async function dropDatabase(name: string): Promise<void> {
  await runAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

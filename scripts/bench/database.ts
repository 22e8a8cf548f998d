// The benchmark's own database: created fresh from the committed migrations on the server of
// BENCH_DATABASE_URL (default: the local one), dropped at the end. Nothing else is touched.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl} (${error instanceof Error ? error.message : error}).\n` +
        "Set BENCH_DATABASE_URL to a server where the user may create databases.",
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops any database left by an interrupted run, creates it empty, applies the migrations. */
export async function createBenchDatabase(name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid benchmark database name: ${name}`);
  await onAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = databaseUrl(name);
  await run("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });
  return url;
}

export async function dropBenchDatabase(name: string): Promise<void> {
  await onAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** The server's version and the settings that shape query times, for the report. */
export async function describeServer(url: string): Promise<{ version: string; settings: Record<string, string> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version =
      (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "?";
    const settings: Record<string, string> = {};
    for (const name of ["shared_buffers", "work_mem", "effective_cache_size", "random_page_cost", "jit"]) {
      settings[name] = (await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name] ?? "?";
    }
    return { version, settings };
  } finally {
    await client.end();
  }
}

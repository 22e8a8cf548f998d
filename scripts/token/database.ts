// Which database `npm run token` works on: DATABASE_URL when set; otherwise the demo's embedded
// database (docs/decisions/002-embedded-demo-database.md) — the running demo's server when its
// port is taken, or the demo's data directory opened just for this command.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startEmbeddedDatabase } from "../demo/embedded-database";
import { isPortFree } from "../demo/ports";

export class CommandLineError extends Error {}

export type OpenDatabase = { url: string; close: () => Promise<void> };

const nothingToClose = async () => {};

export async function openDatabase(env: NodeJS.ProcessEnv): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: nothingToClose };
  const port = Number(env.DEMO_DB_PORT ?? 54329);
  // PGlite serves one process: while `npm run demo` runs, its files are in use, so go through its server.
  // The address is the one scripts/demo/embedded-database.ts serves.
  if (!(await isPortFree(port)))
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`, close: nothingToClose };
  const dataDir = resolve(".data/pglite");
  if (!existsSync(dataDir)) {
    throw new CommandLineError(
      "DATABASE_URL is not set and there is no demo database in .data/pglite: set DATABASE_URL, or run `npm run demo` once.",
    );
  }
  const embedded = await startEmbeddedDatabase(dataDir, port);
  return { url: embedded.url, close: embedded.stop };
}

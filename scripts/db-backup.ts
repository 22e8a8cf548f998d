// `npm run db:backup [-- <file>]`: a full backup of DATABASE_URL's database with pg_dump, in its
// custom format (compressed; `npm run db:restore` reads it). Without a file it writes
// backups/<database>-<UTC timestamp>.dump. Exit codes: 0 done, 1 pg_dump failed, 2 refused.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { connectionFrom, runScript, runTool, UsageError } from "./database/connection";

const usage = "Usage: npm run db:backup [-- <file>]   (default: backups/<database>-<timestamp>.dump)";

function defaultFile(database: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  return join("backups", `${database}-${stamp}.dump`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    return;
  }
  if (args.length > 1 || args[0]?.startsWith("-")) throw new UsageError(usage);
  const connection = connectionFrom(process.env.DATABASE_URL);
  const file = args[0] ?? defaultFile(connection.database, new Date());
  // Never overwrite: a backup taken by mistake must not destroy the one you meant to keep.
  if (existsSync(file)) throw new UsageError(`${file} already exists: choose another file name.`);
  mkdirSync(dirname(file) || ".", { recursive: true });

  // Written beside the target and renamed at the end, so an interrupted backup never looks complete.
  const partial = `${file}.partial`;
  const started = Date.now();
  const schema = connection.schema ? [`--schema=${connection.schema}`] : [];
  const code = await runTool(
    "pg_dump",
    ["--format=custom", "--no-password", ...schema, `--file=${partial}`],
    connection.env,
  );
  if (code !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`pg_dump failed (exit code ${code}): no backup written. Its message is above.`);
  }
  renameSync(partial, file);
  const size = (statSync(file).size / 1024).toFixed(0);
  console.log(
    `Backed up ${connection.database} on ${connection.host} to ${file} (${size} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
}

runScript(main);

// `npm run db:restore -- <file>`: replaces the contents of DATABASE_URL's database with a backup
// made by `npm run db:backup` (pg_restore --clean --if-exists, in one transaction: a restore that
// fails changes nothing). Stop the app first. Exit codes: 0 done, 1 pg_restore failed, 2 refused.
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { connectionFrom, runScript, runTool, UsageError } from "./database/connection";

const usage = "Usage: npm run db:restore -- <file>   (a backup made by npm run db:backup)";

/** pg_dump's custom format starts with "PGDMP"; anything else would fail half-way through pg_restore. */
function assertBackupFile(file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${file} does not exist: nothing restored.`);
  const header = Buffer.alloc(5);
  const descriptor = openSync(file, "r");
  try {
    readSync(descriptor, header, 0, 5, 0);
  } finally {
    closeSync(descriptor);
  }
  if (header.toString("latin1") !== "PGDMP") {
    throw new UsageError(
      `${file} is not a backup made by npm run db:backup (pg_dump's custom format): nothing restored.`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    return;
  }
  const [file] = args;
  // Restoring replaces every table: it never runs without being told exactly which backup.
  if (!file || args.length > 1 || file.startsWith("-"))
    throw new UsageError(`No backup file given: nothing restored.\n${usage}`);
  assertBackupFile(file);
  const connection = connectionFrom(process.env.DATABASE_URL);
  console.log(`Restoring ${file} into ${connection.database} on ${connection.host}…`);
  const started = Date.now();
  const code = await runTool(
    "pg_restore",
    // --dbname makes pg_restore connect (without it, it prints SQL); libpq takes the rest from the environment.
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      "--no-password",
      `--dbname=${connection.database}`,
      file,
    ],
    connection.env,
  );
  if (code !== 0)
    throw new Error(`pg_restore failed (exit code ${code}): the database was left as it was. Its message is above.`);
  console.log(`Restored ${connection.database} from ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

runScript(main);

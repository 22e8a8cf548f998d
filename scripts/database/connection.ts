// What `npm run db:backup` and `npm run db:restore` share: DATABASE_URL turned into libpq's
// environment variables, and running pg_dump/pg_restore with clear messages and exit codes.
// The URL's password goes through PGPASSWORD, never the command line (other users can read that).
import { spawn } from "node:child_process";

/** Exit codes of both scripts: documented in README.md ("Backups"). */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/** A refusal before anything was touched: wrong arguments, missing or unreadable file, bad URL. */
export class UsageError extends Error {}

export type Connection = { database: string; host: string; env: NodeJS.ProcessEnv; schema: string | null };

// Parameters libpq reads from the environment; the rest of a Prisma URL (schema, connection_limit…) is not libpq's.
const libpqParameters: Record<string, string> = {
  sslmode: "PGSSLMODE",
  sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY",
  sslrootcert: "PGSSLROOTCERT",
  connect_timeout: "PGCONNECT_TIMEOUT",
  application_name: "PGAPPNAME",
  options: "PGOPTIONS",
};

export function connectionFrom(databaseUrl: string | undefined): Connection {
  if (!databaseUrl)
    throw new UsageError(
      "DATABASE_URL is not set: say which database, e.g. DATABASE_URL=postgresql://user:password@host:5432/name.",
    );
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new UsageError("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/name).");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:")
    throw new UsageError("DATABASE_URL must be a postgresql:// URL.");
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!database) throw new UsageError("DATABASE_URL names no database (the part after the last /).");
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1") || "localhost";
  const env: NodeJS.ProcessEnv = { ...process.env, PGHOST: host, PGPORT: url.port || "5432", PGDATABASE: database };
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  for (const [parameter, variable] of Object.entries(libpqParameters)) {
    const value = url.searchParams.get(parameter);
    if (value !== null) env[variable] = value;
  }
  return { database, host: `${host}:${env.PGPORT}`, env, schema: url.searchParams.get("schema") };
}

/** Runs a PostgreSQL client tool, its messages going to our stderr; resolves with its exit code. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") {
        reject(
          new UsageError(
            `${command} was not found: install PostgreSQL's client tools, of the server's major version or newer (Debian: apt-get install postgresql-client).`,
          ),
        );
      } else reject(error);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a script's main function and exits with the documented code and a one-line message on failure. */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(exitCodes.ok),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(error instanceof UsageError ? exitCodes.usage : exitCodes.failed);
    },
  );
}

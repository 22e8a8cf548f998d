/**
 * `schema-engine --datasource '{"url":…}' cli <command>`: one-shot commands the CLI runs before
 * opening a JSON-RPC session (e.g. `migrate dev`/`deploy` check the database exists, create it if not).
 * They need no wasm: plain node-postgres is faster and behaves exactly like the native engine here.
 *
 * Contract (see log.mjs): exit 0 on success; on failure exit 1 and write an ERROR log line with
 * `fields.error_code` (P1001, P1003, …) — the CLI skips the first stderr line, so we always write a
 * start-up line first.
 */
import { connectionErrorToUserFacing } from "./errors.mjs";
import { log } from "./log.mjs";
import { parseDatabaseUrl, quoteIdent, withClient, withDatabase } from "./pg-client.mjs";

/**
 * Run `fn` on the server's maintenance database (`postgres`, else `template1`), since a database
 * cannot be created or dropped while connected to it.
 * @template T
 * @param {string} url
 * @param {(client: import("pg").Client) => Promise<T>} fn
 */
async function withMaintenanceDb(url, fn) {
  try {
    return await withClient(withDatabase(url, "postgres"), fn);
  } catch (err) {
    if (/** @type {any} */ (err)?.code !== "3D000") throw err;
    return withClient(withDatabase(url, "template1"), fn);
  }
}

/**
 * @param {string} url
 * @returns {Promise<{ databaseName: string }>}
 */
export async function createDatabase(url) {
  const { database } = parseDatabaseUrl(url);
  try {
    await withMaintenanceDb(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
  } catch (err) {
    throw userFacing(err, url);
  }
  return { databaseName: database };
}

/**
 * A pg error as an Error carrying Prisma's code, so both the CLI mode and JSON-RPC report it alike.
 * @param {any} err
 * @param {string} url
 */
function userFacing(err, url) {
  const described = connectionErrorToUserFacing(err, parseDatabaseUrl(url));
  return described ? Object.assign(new Error(described.message), { code: described.code }) : err;
}

/** @type {Record<string, (url: string) => Promise<unknown>>} */
const commands = {
  "can-connect-to-database": (url) =>
    withClient(url, (c) => c.query("SELECT 1")).catch((err) => Promise.reject(userFacing(err, url))),
  "create-database": createDatabase,
  "drop-database": (url) =>
    withMaintenanceDb(url, (c) => c.query(`DROP DATABASE ${quoteIdent(parseDatabaseUrl(url).database)}`)).catch((err) =>
      Promise.reject(userFacing(err, url)),
    ),
};

/**
 * @param {string} command
 * @param {{ url?: string } | undefined} datasource
 * @returns {Promise<number>} the exit code
 */
export async function runCliCommand(command, datasource) {
  // Always first on stderr: the CLI discards this line when parsing errors.
  process.stderr.write(
    `${JSON.stringify({ level: "INFO", fields: { message: `schema-engine bridge: cli ${command}` }, target: "schema_engine" })}\n`,
  );
  const run = commands[command];
  try {
    if (!run) throw new Error(`Unknown cli command: ${command}`);
    if (!datasource?.url) throw new Error("Missing --datasource with a url");
    await run(datasource.url);
    return 0;
  } catch (err) {
    const e = /** @type {any} */ (err);
    const code = typeof e?.code === "string" && /^P\d{4}$/.test(e.code) ? e.code : undefined;
    log("ERROR", String(e?.message ?? e), code ? { error_code: code } : {});
    return 1;
  }
}

/**
 * The driver adapter factory handed to the wasm schema engine: `@prisma/adapter-pg` for the main
 * database, plus our own shadow-database handling.
 *
 * Why not `PrismaPg#connectToShadowDb` as shipped in 7.10:
 *  - it spreads the pool config (which holds `connectionString`) and sets `database`; pg lets the
 *    connection string win, so the "shadow" pool talks to the MAIN database, which the engine resets;
 *  - its dispose drops the shadow database before ending the pool, which fails (database in use)
 *    and leaves `prisma_migrate_shadow_db_*` databases behind.
 * Also `executeScript` splits scripts on ";" (breaks `$$…;…$$` bodies and string literals, and loses
 * the all-or-nothing behaviour); the native engine sends the whole script as one simple query.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, DriverAdapterError } from "@prisma/driver-adapter-utils";
import { log } from "./log.mjs";
import { charColumnsByRows, parseDatabaseUrl, quoteIdent, withClient, withDatabase } from "./pg-client.mjs";

/** The last failing script and its pg error; used to report P3018 like the native engine. */
export const lastScriptError = /** @type {{ error?: any, script?: string }} */ ({});

/** @param {any} err a pg / socket error */
function toDriverAdapterError(err) {
  if (err instanceof DriverAdapterError) return err;
  if (["ECONNREFUSED", "ENOTFOUND"].includes(err?.code)) {
    return new DriverAdapterError({ kind: "DatabaseNotReachable", host: err.address, port: err.port });
  }
  const { code = "N/A", severity = "ERROR", message = String(err), detail, column, hint } = err ?? {};
  return new DriverAdapterError({ kind: "postgres", code, severity, message, detail, column, hint });
}

/**
 * @param {import("pg").Pool} pool
 * @param {string} script
 */
async function runScript(pool, script) {
  try {
    await pool.query(script);
  } catch (err) {
    Object.assign(lastScriptError, { error: err, script });
    throw toDriverAdapterError(err);
  }
}

/**
 * Report `"char"` columns (see pg-client.mjs) as `Character`, like the native engine's driver does:
 * the engine reads them with `get_char`, which rejects `Text` (a panic on PostgreSQL 18 / PGlite,
 * whose NOT NULL constraints show up in pg_constraint).
 * @template {{ queryRaw: Function }} Q
 * @param {Q} queryable
 * @returns {Q}
 */
function reportCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (/** @type {any} */ query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** @param {string} url */
async function connectAdapter(url) {
  const { poolConfig, schema } = parseDatabaseUrl(url);
  // onPoolError: a connection dropped while idle is reported on the next query, not as a crash.
  const adapter = reportCharColumns(await new PrismaPg(poolConfig, { schema, onPoolError: () => {} }).connect());
  adapter.executeScript = (script) => runScript(adapter.underlyingDriver(), script);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => reportCharColumns(await startTransaction(isolationLevel));
  return adapter;
}

/**
 * @param {string} url main database URL (its server hosts the temporary shadow database)
 * @param {Set<() => Promise<void>>} pendingDrops cleanups still owed if the engine never disposes
 */
async function createTemporaryShadowDb(url, pendingDrops) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await withClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  log("INFO", `bridge: created shadow database ${name}`);
  const drop = async () => {
    pendingDrops.delete(drop);
    log("INFO", `bridge: dropping shadow database ${name}`);
    await withClient(url, async (c) => {
      const { rows } = await c.query("SELECT current_setting('server_version_num')::int AS v");
      const force = rows[0].v >= 130000 ? " WITH (FORCE)" : ""; // no stray session can block the drop
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}${force}`);
    });
  };
  pendingDrops.add(drop);
  /** @type {Awaited<ReturnType<typeof connectAdapter>> | undefined} */
  let adapter;
  try {
    adapter = await connectAdapter(withDatabase(url, name));
    // Servers that ignore the database name (e.g. a PGlite socket) would hand us the main database:
    // the engine resets its shadow database, so refuse rather than wipe real data.
    const { rows } = await adapter.underlyingDriver().query("SELECT current_database() AS db");
    if (rows[0].db !== name) {
      throw new Error(`the server connected us to "${rows[0].db}" instead of the shadow database "${name}"`);
    }
  } catch (err) {
    await adapter?.dispose().catch(() => {});
    await drop().catch(() => {});
    throw toDriverAdapterError(err);
  }
  const disposePool = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await disposePool(); // close our connections first, or DROP DATABASE fails
    await drop();
  };
  return adapter;
}

/**
 * A user-provided `shadowDatabaseUrl` is reused, not created: empty it first, as the native engine does.
 * @param {string} shadowUrl
 * @param {string} mainUrl
 */
async function connectProvidedShadowDb(shadowUrl, mainUrl) {
  const [shadow, main] = [parseDatabaseUrl(shadowUrl), parseDatabaseUrl(mainUrl)];
  if (`${shadow.host}:${shadow.port}/${shadow.database}` === `${main.host}:${main.port}/${main.database}`) {
    throw toDriverAdapterError(new Error("The shadow database you configured is the same as the main database."));
  }
  const adapter = await connectAdapter(shadowUrl);
  try {
    await adapter.underlyingDriver().query(`DO $$ DECLARE s record; BEGIN
      FOR s IN SELECT nspname FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s.nspname);
      END LOOP;
      CREATE SCHEMA ${quoteIdent(shadow.schema ?? "public")};
    END $$`);
  } catch (err) {
    await adapter.dispose().catch(() => {});
    throw toDriverAdapterError(err);
  }
  return adapter;
}

/**
 * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  /** @type {Set<() => Promise<void>>} */
  const pendingDrops = new Set();
  return {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(url),
    connectToShadowDb: () =>
      shadowDatabaseUrl ? connectProvidedShadowDb(shadowDatabaseUrl, url) : createTemporaryShadowDb(url, pendingDrops),
    /** Drop shadow databases the engine did not dispose of (e.g. it failed mid-way). */
    async cleanup() {
      await Promise.allSettled([...pendingDrops].map((drop) => drop()));
    },
  };
}

/**
 * node-postgres plumbing shared by the bridge: connection-string handling and a `pg.Client`
 * subclass that papers over gaps of `@prisma/adapter-pg` when it is driven by the schema engine.
 *
 * Why a Client subclass: pg-pool accepts a `Client` option, so the fix-ups live below the adapter
 * and apply to every pool it creates (main, shadow, transactions) without touching adapter internals.
 */
import pg from "pg";

/** PostgreSQL's one-byte `"char"` type (pg_class.relkind, pg_constraint.contype, ...). */
const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * The last error raised while *opening* a connection (refused, unknown database, bad password...).
 * The wasm engine turns those into plain messages without Prisma's P10xx code; the bridge uses this
 * to restore the code. Reset it before each request.
 * @type {{ error?: Error & { code?: string }, target?: ConnectionTarget }}
 */
export const lastConnectionError = {};

/** @typedef {{ host: string, port: string | number, database: string, user: string }} ConnectionTarget */

/**
 * Column indexes that were `"char"`, keyed by the pg result's `rows` array. adapter-pg's `queryRaw`
 * returns that same array, which lets adapter-factory.mjs report those columns as `Character`.
 * @type {WeakMap<unknown[], number[]>}
 */
export const charColumnsByRows = new WeakMap();

/**
 * adapter-pg 7.10 throws `UnsupportedNativeDataType` for OID 18, yet the engine's introspection
 * queries select `"char"` columns (pg_constraint.contype, ...). pg already returns the values as
 * strings (no parser is registered for OID 18), so relabel the field as `text` for the adapter and
 * remember which columns they were.
 * @param {any} result a pg Result, or an array of them for multi-statement queries
 */
function relabelChar(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    /** @type {number[]} */
    const indexes = [];
    r?.fields?.forEach((/** @type {any} */ field, /** @type {number} */ i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(i);
    });
    if (indexes.length && Array.isArray(r.rows)) charColumnsByRows.set(r.rows, indexes);
  }
  return result;
}

export class BridgeClient extends pg.Client {
  /** @param {any} [callback] @returns {any} */
  connect(callback) {
    const { host, port, database = "", user = "" } = /** @type {any} */ (this);
    const note = (/** @type {any} */ err) => {
      if (err) Object.assign(lastConnectionError, { error: err, target: { host, port, database, user } });
      return err;
    };
    if (typeof callback === "function") return super.connect((/** @type {any} */ err) => callback(note(err)));
    return super.connect().catch((/** @type {any} */ err) => Promise.reject(note(err)));
  }

  /** @param {any} config @param {any} [values] @param {any} [callback] @returns {any} */
  query(config, values, callback) {
    if (typeof values === "function") [callback, values] = [values, undefined];
    if (typeof callback === "function") {
      return super.query(config, values, (/** @type {any} */ err, /** @type {any} */ res) =>
        callback(err, err ? res : relabelChar(res)),
      );
    }
    const ret = /** @type {any} */ (super.query(config, values));
    return typeof ret?.then === "function" ? ret.then(relabelChar) : ret;
  }
}

/**
 * Split Prisma-only URL parameters off a connection string.
 * `schema` selects the PostgreSQL schema (passed to the adapter, not to pg); `connect_timeout` is in
 * seconds like in Prisma (default 5s, as the native engine) — pg's own default is to wait forever.
 * @param {string} url
 */
export function parseDatabaseUrl(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  const timeout = Number(parsed.searchParams.get("connect_timeout") ?? 5);
  for (const key of ["schema", "connect_timeout", "connection_limit", "pool_timeout", "pgbouncer"]) {
    parsed.searchParams.delete(key);
  }
  return {
    schema,
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    host: parsed.hostname || "localhost",
    port: parsed.port || "5432",
    user: decodeURIComponent(parsed.username),
    poolConfig: {
      connectionString: parsed.toString(),
      connectionTimeoutMillis: timeout > 0 ? timeout * 1000 : 0,
      Client: /** @type {any} */ (BridgeClient),
    },
  };
}

/**
 * @param {string} url
 * @param {string} database
 * @returns {string} the same URL pointing at another database
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** @param {string} name */
export const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * Run `fn` with a single short-lived client (used for CREATE/DROP DATABASE, which cannot run in a
 * transaction and must not go through a pool that is about to be dropped).
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withClient(url, fn) {
  const client = new BridgeClient(parseDatabaseUrl(url).poolConfig);
  client.on("error", () => {}); // a dropped socket must not crash the bridge; the query will fail instead
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

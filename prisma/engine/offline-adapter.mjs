/**
 * A stand-in adapter for work that needs no database, e.g.
 * `prisma migrate diff --from-empty --to-schema schema.prisma --script`.
 *
 * Why: the native engine never connects for such a diff, but the wasm engine's constructor runs one
 * setup query (schema exists? server version?) through its adapter. Answering that query with a
 * neutral PostgreSQL 15 makes those diffs work with no database running, and identical whatever
 * server DATABASE_URL points at. Any other query fails loudly instead of guessing.
 */
import { ColumnTypeEnum, DriverAdapterError } from "@prisma/driver-adapter-utils";

const notConnected = () =>
  new DriverAdapterError({
    kind: "postgres",
    code: "N/A",
    severity: "ERROR",
    message: "schema-engine bridge: this operation was started without a database connection",
    detail: undefined,
    column: undefined,
    hint: undefined,
  });

const offlineAdapter = {
  provider: /** @type {const} */ ("postgres"),
  adapterName: "@prisma/adapter-pg",
  /**
   * @param {{ sql: string }} query
   * @returns {Promise<import("@prisma/driver-adapter-utils").SqlResultSet>}
   */
  async queryRaw(query) {
    if (/pg_namespace/.test(query.sql) && /version\(\)/.test(query.sql)) {
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 15.0 (schema-engine bridge, offline)", 150000]],
      };
    }
    throw notConnected();
  },
  executeRaw: async () => Promise.reject(notConnected()),
  executeScript: async () => Promise.reject(notConnected()),
  startTransaction: async () => Promise.reject(notConnected()),
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  dispose: async () => {},
};

export const offlineAdapterFactory = {
  provider: /** @type {const} */ ("postgres"),
  adapterName: "@prisma/adapter-pg",
  connect: async () => offlineAdapter,
  connectToShadowDb: async () => Promise.reject(notConnected()),
};

/**
 * @param {{ from?: { tag: string }, to?: { tag: string } }} params `diff` params
 * @returns {boolean} true when neither side of the diff reads a database
 */
export function isOfflineDiff(params) {
  const offline = (/** @type {{ tag: string } | undefined} */ target) =>
    target?.tag === "empty" || target?.tag === "schemaDatamodel";
  return offline(params?.from) && offline(params?.to);
}

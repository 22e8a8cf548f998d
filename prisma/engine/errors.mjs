/**
 * Translate failures into what the Prisma CLI expects from the native engine.
 *
 * JSON-RPC errors must look like `{code: 4466, message, data: {is_panic, message, error_code?, meta?}}`:
 * the CLI prints `data.error_code` + `data.message` (e.g. "Error: P3018 …"), treats `is_panic` as a
 * crash, and falls back to dumping the raw request/response when `data.message` is missing.
 *
 * The wasm engine loses some codes the native engine has (connection failures surface as bare
 * messages, a failing migration as "external connector error …"), and appends tracing span traces
 * ("   0: schema_engine_wasm::…  at …rs:242") to messages. We restore the codes and drop the traces.
 */
import { lastScriptError } from "./adapter-factory.mjs";
import { lastConnectionError } from "./pg-client.mjs";

/** @typedef {{ code?: string, message: string, meta?: Record<string, unknown> }} UserFacingError */

/**
 * Prisma's P10xx errors for a node-postgres connection failure, worded like the native engine.
 * @param {any} err error thrown by pg while connecting
 * @param {import("./pg-client.mjs").ConnectionTarget} target
 * @returns {UserFacingError | undefined}
 */
export function connectionErrorToUserFacing(err, target) {
  const at = `${target.host}:${target.port}`;
  const code = err?.code ?? (/timeout/i.test(String(err?.message)) ? "ETIMEDOUT" : undefined);
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ETIMEDOUT":
    case "ENOENT": // unix socket path that does not exist
      return {
        code: "P1001",
        message: `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
      };
    case "3D000":
      return {
        code: "P1003",
        message: `Database \`${target.database}\` does not exist on the database server at \`${at}\`.`,
      };
    case "42P04":
      return {
        code: "P1009",
        message: `Database \`${target.database}\` already exists on the database server at \`${at}\``,
      };
    case "28P01":
      return {
        code: "P1000",
        message: `Authentication failed against database server, the provided database credentials for \`${target.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
      };
    case "28000":
      return {
        code: "P1010",
        message: `User \`${target.user}\` was denied access on the database \`${target.database}\``,
      };
    default:
      if (/SSL|TLS|certificate/i.test(String(err?.message))) {
        return { code: "P1011", message: `Error opening a TLS connection: ${err.message}` };
      }
      return undefined;
  }
}

/**
 * Remove what the wasm engine adds to error messages and the native engine does not show: the
 * tracing span trace ("   0: schema_engine_wasm::… at …rs:242") and an "external connector error" line.
 * @param {string} message
 */
export function cleanEngineMessage(message) {
  return message
    .replace(/\n {2,}0: [\w:]+[\s\S]*$/, "")
    .replace(/(^|\n)external connector error\n/, "$1")
    .trimEnd();
}

/**
 * P3018, as the native engine words it, from a pg error raised by a migration script.
 * @param {string} migrationName
 * @param {any} dbError the pg error (has `code`, `message`, maybe `position`, `detail`, `hint`)
 * @param {string} script the migration script, to show where it failed
 * @returns {UserFacingError}
 */
export function migrationFailed(migrationName, dbError, script) {
  let databaseError = `ERROR: ${dbError.message}`;
  if (dbError.detail) databaseError += `\nDETAIL: ${dbError.detail}`;
  if (dbError.hint) databaseError += `\nHINT: ${dbError.hint}`;
  const position = Number(dbError.position);
  if (position > 0) {
    const lines = script.slice(0, position).split("\n");
    const at = lines.length; // 1-based line of the error
    const context = script.split("\n").slice(Math.max(0, at - 3), at);
    const numbered = context.map((line, i) => `${String(at - context.length + i + 1).padStart(3)} ${line}`);
    databaseError += `\n\nPosition:\n${numbered.join("\n")}`;
  }
  return {
    code: "P3018",
    message:
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
      "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
      `Migration name: ${migrationName}\n\nDatabase error code: ${dbError.code}\n\nDatabase error:\n${databaseError}\n`,
    meta: { migration_name: migrationName, database_error_code: dbError.code, database_error: databaseError },
  };
}

/**
 * Best user-facing description of an error thrown by the wasm engine (or by the bridge itself).
 * @param {any} err
 * @returns {UserFacingError}
 */
export function engineErrorToUserFacing(err) {
  const message = cleanEngineMessage(String(err?.message ?? err));
  if (typeof err?.code === "string" && /^P\d{4}$/.test(err.code)) return { code: err.code, message, meta: err.meta };
  // The engine only says "Can't reach database server…" — the pg error behind it has the details.
  const { error, target } = lastConnectionError;
  const fromConnection = error && target ? connectionErrorToUserFacing(error, target) : undefined;
  return fromConnection ?? { message };
}

/**
 * Like engineErrorToUserFacing, plus the native P3018 for a migration that failed in `applyMigrations`
 * (the wasm engine reports it as a bare "external connector error").
 * @param {any} err
 * @param {string} method JSON-RPC method
 * @param {any} params its params (to find which migration ran the failing script)
 */
export function describeEngineFailure(err, method, params) {
  const described = engineErrorToUserFacing(err);
  const { error: dbError, script } = lastScriptError;
  if (described.code || method !== "applyMigrations" || !dbError || script === undefined) return described;
  /** @type {Array<{ path: string, migrationFile?: { content?: { value?: string } } }>} */
  const dirs = params?.migrationsList?.migrationDirectories ?? [];
  const name =
    dirs.find((dir) => dir.migrationFile?.content?.value === script)?.path ??
    /migration_name="([^"]+)"/.exec(String(err?.message))?.[1];
  return name ? migrationFailed(name, dbError, script) : described;
}

/**
 * @param {UserFacingError} error
 * @param {boolean} [isPanic]
 */
export function toRpcError(error, isPanic = false) {
  return {
    code: 4466,
    // For panics the CLI shows `message` itself (it reads `data.error.message ?? message`).
    message: isPanic ? error.message : "An error happened. Check the data field for details.",
    data: { is_panic: isPanic, message: error.message, error_code: error.code, meta: error.meta ?? null },
  };
}

/**
 * stderr logging in the native engine's format: one JSON object per line,
 * `{"timestamp","level","fields":{"message",...},"target"}`.
 *
 * The CLI parses these lines: while running JSON-RPC it keeps `fields.message` of every line and the
 * last `level: "ERROR"` entry to explain an unexpected exit; for the `cli …` subcommands it skips the
 * first stderr line and requires every other line to be JSON, looking for an ERROR from
 * `schema_engine::logger` with `fields.error_code` + `fields.message`. So nothing else may reach stderr.
 */

const LEVELS = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"];

/** Minimum level, from RUST_LOG like the native engine (the CLI sets `info`). */
const threshold = (() => {
  const wanted = (process.env.RUST_LOG ?? "info").split(",").find((part) => !part.includes("="));
  const index = LEVELS.indexOf((wanted ?? "info").toUpperCase());
  return index === -1 ? LEVELS.indexOf("INFO") : index;
})();

/**
 * @param {"TRACE"|"DEBUG"|"INFO"|"WARN"|"ERROR"} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 * @param {string} [target]
 */
export function log(level, message, fields = {}, target = "schema_engine::logger") {
  if (LEVELS.indexOf(level) < threshold) return;
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/**
 * Forward a log line emitted by the wasm engine (tracing's JSON formatter, already our shape minus
 * the timestamp) to stderr, honouring the level threshold.
 * @param {string} chunk
 */
export function forwardEngineLog(chunk) {
  for (const raw of String(chunk).split("\n")) {
    if (!raw.trim()) continue;
    try {
      const entry = JSON.parse(raw);
      if (LEVELS.indexOf(String(entry.level).toUpperCase()) < threshold) continue;
      process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), ...entry })}\n`);
    } catch {
      log("INFO", raw, {}, "schema_engine_wasm");
    }
  }
}

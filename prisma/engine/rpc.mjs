/**
 * The JSON-RPC 2.0 side of the bridge: one message per line, requests from the CLI on stdin,
 * responses on stdout. Method names and params are the wasm `SchemaEngine`'s, except:
 *  - `getDatabaseVersion` → `version`; `createDatabase` is done with pg (the wasm engine has none);
 *  - `diff`: the native engine prints the diff by sending the CLI a `print` request (the CLI ignores
 *    `stdout` in the result), so we do the same and wait for the CLI's acknowledgement;
 *  - requests run one at a time: wasm methods borrow the engine mutably and must not interleave.
 * The engine is created lazily, so a database that is down fails the request (with P1001), not start-up.
 */
import { readFileSync } from "node:fs";
import readline from "node:readline";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory, lastScriptError } from "./adapter-factory.mjs";
import { createDatabase } from "./cli-commands.mjs";
import { describeEngineFailure, toRpcError } from "./errors.mjs";
import { forwardEngineLog, log } from "./log.mjs";
import { isOfflineDiff, offlineAdapterFactory } from "./offline-adapter.mjs";
import { lastConnectionError } from "./pg-client.mjs";
import { loadSchemaEngineWasm, panicRegistry } from "./wasm.mjs";

/** @param {unknown} message */
const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

/**
 * @param {{ datamodels: string[], datasource?: { url?: string, shadowDatabaseUrl?: string } }} options
 */
export function serveJsonRpc({ datamodels, datasource }) {
  const url = datasource?.url;
  const factory = url ? createAdapterFactory({ url, shadowDatabaseUrl: datasource?.shadowDatabaseUrl }) : undefined;
  // `undefined`, not `[]`, when the CLI passes no schema: the engine panics on an empty list.
  const constructorOptions = {
    datamodels: datamodels.length
      ? datamodels.map((file) => /** @type {[string, string]} */ ([file, readFileSync(file, "utf8")]))
      : undefined,
  };

  /** @type {Record<string, Promise<any> | undefined>} */
  const engines = {};
  /** @param {"online" | "offline"} kind */
  const engine = (kind) =>
    (engines[kind] ??= (async () => {
      const adapter = kind === "offline" ? offlineAdapterFactory : factory;
      if (!adapter)
        throw new Error("No datasource URL was given to the schema engine (set `datasource.url` in prisma.config.ts).");
      const { SchemaEngine } = await loadSchemaEngineWasm();
      return SchemaEngine.new(constructorOptions, forwardEngineLog, bindMigrationAwareSqlAdapterFactory(adapter));
    })().catch((err) => {
      engines[kind] = undefined; // retry on the next request (e.g. the database came up)
      throw err;
    }));

  /** Pending `print` requests we sent to the CLI, by id. @type {Map<number, () => void>} */
  const awaitingAck = new Map();
  let nextOutgoingId = 1;
  /** @param {string} content */
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextOutgoingId++;
      awaitingAck.set(id, () => resolve(undefined));
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  /** @param {string} method @param {any} params */
  async function dispatch(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        return (await engine("online")).version(params);
      case "createDatabase":
        return createDatabase(params?.datasource?.url ?? url);
      // The wasm engine wires up the adapter's shadow database only in devDiagnostic: called first
      // on a fresh engine, evaluateDataLoss and createMigration fail with "PostgreSQL shadow DB must
      // be provided through an external factory" as soon as a migration exists (so every
      // `migrate dev` after the first would). Running devDiagnostic first, as `migrate dev` itself
      // does, gives them their shadow database; it only reads the main database.
      case "evaluateDataLoss":
      case "createMigration": {
        const e = await engine("online");
        await e.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
        return e[method](params);
      }
      case "diff": {
        const result = await (await engine(isOfflineDiff(params) ? "offline" : "online")).diff(params);
        if (typeof result.stdout === "string") await print(result.stdout);
        return { exitCode: result.exitCode };
      }
      default: {
        const e = await engine("online");
        if (method === "constructor" || method === "free" || typeof e[method] !== "function") {
          throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
        }
        return e[method](params);
      }
    }
  }

  /**
   * After a Rust panic the wasm instance is unusable ("no method is safe to call after a panic").
   * We answer the request in flight and every later one with a panic error, but keep running until
   * the CLI stops us: exiting on our own makes the CLI's `stop()` wait on an unref'd timer, so it
   * quits silently with status 0 instead of reporting the error.
   * @type {string | undefined}
   */
  let panicMessage;
  /** @type {unknown} */
  let inFlight;
  /** @param {unknown} id */
  const sendPanic = (id) => send({ jsonrpc: "2.0", id, error: toRpcError({ message: String(panicMessage) }, true) });
  /** @param {unknown} err */
  function onPanic(err) {
    panicMessage ??= panicRegistry.message ?? String(err);
    log("ERROR", panicMessage, { is_panic: true });
    if (inFlight !== undefined) sendPanic(inFlight);
    inFlight = undefined;
  }

  /** @param {any} request */
  async function handle(request) {
    const { id, method, params } = request;
    if (panicMessage !== undefined) {
      sendPanic(id);
      return;
    }
    lastConnectionError.error = undefined;
    lastScriptError.error = undefined;
    inFlight = id;
    try {
      const result = await dispatch(method, params);
      send({ jsonrpc: "2.0", id, result: result === undefined ? {} : result });
    } catch (err) {
      if (err instanceof WebAssembly.RuntimeError) {
        onPanic(err);
        return;
      }
      const rpcCode = /** @type {any} */ (err)?.rpcCode;
      send({
        jsonrpc: "2.0",
        id,
        error: rpcCode
          ? { code: rpcCode, message: String(err) }
          : toRpcError(describeEngineFailure(err, method, params)),
      });
    } finally {
      if (inFlight === id) inFlight = undefined;
      // A fresh engine for every request: after applyMigrations, an engine no longer finds its
      // shadow database (see createMigration above). The wasm module itself stays loaded.
      engines.online = undefined;
    }
  }

  let queue = Promise.resolve();
  let closing = false;
  async function shutdown() {
    if (closing) return;
    closing = true;
    await factory?.cleanup(); // shadow databases the engine did not get to dispose of
    process.stdout.write("", () => process.exit(panicMessage === undefined ? 0 : 101));
  }

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {any} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
    }
    if (message.method === undefined && awaitingAck.has(message.id)) {
      awaitingAck.get(message.id)?.();
      return awaitingAck.delete(message.id);
    }
    // A panicked engine never settles its promise, so don't queue behind it.
    if (panicMessage !== undefined) return sendPanic(message.id);
    queue = queue.then(() => handle(message));
  });
  // A panic inside an engine callback escapes as an uncaught exception rather than a rejection.
  process.on("uncaughtException", (err) => {
    if (err instanceof WebAssembly.RuntimeError) return onPanic(err);
    log("ERROR", String(err?.stack ?? err));
    process.exit(1);
  });
  // The CLI stops the engine by closing stdin and, on Unix, sending SIGTERM right after.
  lines.on("close", () => (panicMessage === undefined ? queue.then(shutdown) : shutdown()));
  for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) process.on(signal, () => void shutdown());
}

#!/usr/bin/env node
/**
 * Drop-in replacement for Prisma's native `schema-engine` binary, built on the WebAssembly schema
 * engine (`@prisma/schema-engine-wasm`) and `@prisma/adapter-pg`, so that every Prisma CLI command
 * works without downloading engines. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here.
 * See docs/decisions/001-wasm-schema-engine.md.
 *
 * Contract with the CLI (node_modules/prisma/build/cli.js, `SchemaEngineCLI` / `can-connect-to-database`):
 *  - `--version`: print `schema-engine-cli <engine hash>` on stdout.
 *  - `--datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database`:
 *    exit 0, or exit 1 with a JSON ERROR log line carrying `error_code` on stderr (cli-commands.mjs).
 *  - otherwise: JSON-RPC 2.0 over stdin/stdout, one message per line; JSON log lines on stderr;
 *    exit 0 when stdin closes, 101 after a panic (rpc.mjs).
 * Debug: `DEBUG="prisma:schemaEngine*" npx prisma …` shows the RPC traffic and our stderr lines;
 * RUST_LOG=debug makes the engine more verbose.
 */
import { parseArgs } from "./args.mjs";
import { runCliCommand } from "./cli-commands.mjs";
import { log } from "./log.mjs";
import { serveJsonRpc } from "./rpc.mjs";
import { loadSchemaEngineWasm } from "./wasm.mjs";

// Node warnings (e.g. pg's sslmode deprecation notice) would land on stderr as plain text, which the
// CLI cannot parse in `cli` mode. Route them through the JSON logger instead.
process.removeAllListeners("warning");
process.on("warning", (warning) => log("WARN", `${warning.name}: ${warning.message}`));

const options = parseArgs(process.argv.slice(2));

if (options.version) {
  const { version } = await loadSchemaEngineWasm();
  process.stdout.write(`schema-engine-cli ${version()}\n`);
} else if (options.cliCommand) {
  process.exitCode = await runCliCommand(options.cliCommand, options.datasource);
} else {
  serveJsonRpc(options);
}

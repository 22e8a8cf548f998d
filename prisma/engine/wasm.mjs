/**
 * Loads `@prisma/schema-engine-wasm` without a bundler.
 *
 * The package entry (`schema_engine.js`) does `import * as wasm from "./schema_engine_bg.wasm"`,
 * which needs ESM-integration of WebAssembly (a bundler, or `--experimental-wasm-modules`).
 * Node 20 cannot do that, so we do what the entry would do by hand: compile the `.wasm` bytes,
 * satisfy its imports with the glue functions exported by `schema_engine_bg.js`, hand the instance
 * to the glue via `__wbg_set_wasm`, then run `__wbindgen_start`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/**
 * The engine's Rust panic hook reports the panic message through this global before the
 * wasm traps with a bare `RuntimeError: unreachable`; keep the last one so we can show it.
 * @type {{ message: string | undefined, set_message(message: string): void }}
 */
export const panicRegistry = {
  message: undefined,
  set_message(message) {
    this.message = message;
  },
};

/** @type {Promise<typeof import("@prisma/schema-engine-wasm")> | undefined} */
let loading;

/**
 * @returns {Promise<typeof import("@prisma/schema-engine-wasm")>} the glue module, with the wasm instance wired in
 */
export function loadSchemaEngineWasm() {
  loading ??= (async () => {
    // `exports` of the package only expose "." and "./schema_engine_bg"; resolve the directory via the glue file.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(gluePath);
    /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const compiled = await WebAssembly.compile(bytes);
    // Every import lives in the module named after the glue file; the glue exports exactly those names.
    /** @type {WebAssembly.Imports} */
    const imports = {};
    for (const { module: from, name } of WebAssembly.Module.imports(compiled)) {
      const fn = /** @type {Record<string, any>} */ (glue)[name];
      if (fn === undefined) throw new Error(`schema-engine-wasm: missing glue import ${from}:${name}`);
      (imports[from] ??= {})[name] = fn;
    }
    const instance = await WebAssembly.instantiate(compiled, imports);
    glue.__wbg_set_wasm(instance.exports);
    /** @type {any} */ (instance.exports).__wbindgen_start();
    return /** @type {any} */ (glue);
  })();
  return loading;
}

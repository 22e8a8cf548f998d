/**
 * Command line of the native schema engine, as the Prisma CLI invokes it:
 *   --datamodels <file>        (repeatable) Prisma schema files
 *   --datasource '<json>'      {"url": …, "shadowDatabaseUrl"?: …} from prisma.config.ts
 *   --enabled-preview-features a,b   --extension-types '<json>'   (accepted, unused by the wasm engine)
 *   --version | -V             print the engine version and exit
 *   cli <command>              one-shot command (see cli-commands.mjs) instead of JSON-RPC
 */

/**
 * @param {string[]} argv arguments after the script path
 * @returns {{ datamodels: string[], datasource?: { url?: string, shadowDatabaseUrl?: string },
 *   version: boolean, cliCommand?: string }}
 */
export function parseArgs(argv) {
  /** @type {ReturnType<typeof parseArgs>} */
  const options = { datamodels: [], version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--datamodels":
        options.datamodels.push(value());
        break;
      case "--datasource":
        options.datasource = JSON.parse(value());
        break;
      case "--enabled-preview-features":
      case "--extension-types":
        value();
        break;
      case "--version":
      case "-V":
        options.version = true;
        break;
      case "cli":
        options.cliCommand = argv[++i];
        break;
      default:
        throw new Error(`schema-engine bridge: unexpected argument ${JSON.stringify(arg)}`);
    }
  }
  return options;
}

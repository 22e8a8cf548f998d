// The command line of `npm run bench`. Pure, so it is unit-tested.

export type BenchOptions = {
  /** 1 = the default history (50,000 missions…); 0.01 for the CI smoke run. */
  scale: number;
  /** Seconds of load per request (and of floor replay). */
  loadSeconds: number;
  /** Requests sent one at a time per target (the "alone" latency). */
  aloneRequests: number;
  connections: number;
  skipBuild: boolean;
  keepDatabase: boolean;
  /** Where the report goes. */
  output: string;
  /** Only these targets (names from targets.ts); all when empty. */
  only: string[];
};

const durations = {
  short: { loadSeconds: 3, aloneRequests: 5 },
  full: { loadSeconds: 20, aloneRequests: 30 },
} as const;

export const usage = `Usage: npm run bench -- [--scale N] [--duration short|full] [--skip-build] [--keep-database] [--output FILE] [--only dashboard,missions,search,figures,signed-out]`;

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? "";
    if (argument === "--skip-build" || argument === "--keep-database") flags.add(argument);
    else if (["--scale", "--duration", "--output", "--only"].includes(argument) && argv[index + 1] !== undefined)
      values.set(argument, argv[(index += 1)] ?? "");
    else throw new Error(`Unknown or incomplete option "${argument}".\n${usage}`);
  }
  const scale = Number(values.get("--scale") ?? 1);
  // Generated city names stay unique up to 8,000 destinations per 20 syllables cubed; beyond 4 the run would take hours anyway.
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4)
    throw new Error(`--scale must be a number above 0 and at most 4.\n${usage}`);
  const durationName = values.get("--duration") ?? "full";
  if (durationName !== "short" && durationName !== "full")
    throw new Error(`--duration must be short or full.\n${usage}`);
  const only = (values.get("--only") ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const isReference = scale === 1 && durationName === "full" && only.length === 0;
  return {
    scale,
    ...durations[durationName],
    connections: 10,
    skipBuild: flags.has("--skip-build"),
    keepDatabase: flags.has("--keep-database"),
    // Only the default scale at full length is the project's reference result.
    output:
      values.get("--output") ??
      (isReference ? "bench/results.md" : `test-results/bench/results-scale-${scale}-${durationName}.md`),
    only,
  };
}

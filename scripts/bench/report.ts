// bench/results.md (or a scratch file for smaller runs): the machine, the data, every measure and
// the budgets, as Markdown a reviewer reads in the repository.
import { cpus, loadavg, totalmem } from "node:os";
import { budgets, type BudgetCheck, type TargetResult } from "./budgets";
import type { RouteWeight } from "./first-load-js";
import type { GeneratedHistory } from "./generate";

export type RunFacts = {
  date: Date;
  scale: number;
  connections: number;
  loadSeconds: number;
  history: GeneratedHistory;
  buildSeconds: number | null;
  /** Next.js workers of the measured server (`npm start`: one per core). */
  workers: number;
  totalSeconds: number;
  server: { version: string; settings: Record<string, string> };
  loadBefore: number[];
  loadAfter: number[];
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const ratio = (app: number, floor: number) => (Number.isFinite(app / floor) ? (app / floor).toFixed(2) : "–");
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(" / ");

export function machineLine(): string {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}`;
}

export const currentLoad = () => loadavg();

function requestTable(results: TargetResult[], facts: RunFacts): string[] {
  return [
    `| request | p50 ms | p95 ms | req/s | SQL queries | floor p50 ms | app / floor | alone p50 ms | floor alone ms | app / floor alone |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...results.map((result) => {
      const queries =
        Math.min(...result.queries) === Math.max(...result.queries)
          ? String(result.queries[0])
          : `${Math.min(...result.queries)}–${Math.max(...result.queries)}`;
      return (
        `| ${result.label} | ${ms(result.load.p50)} | ${ms(result.load.p95)} | ${result.load.requestsPerSecond.toFixed(0)} | ${queries} | ` +
        `${ms(result.floorLoad.p50)} | ${ratio(result.load.p50, result.floorLoad.p50)} | ${ms(result.alone.p50)} | ${ms(result.floorAlone.p50)} | ` +
        `${ratio(result.alone.p50, result.floorAlone.p50)} |`
      );
    }),
    "",
    `p50/p95: ${facts.connections} connections for ${facts.loadSeconds} s (autocannon 9, every response time kept). ` +
      `Floor: the request's own statements replayed with pg by ${facts.connections} clients at once, each one sequence after the other. ` +
      `"Alone": one connection, one request at a time; its floor, one client.`,
  ];
}

/**
 * With every connection sending its next request as soon as the last one is answered, a saturated
 * machine answers cores / (CPU per request) requests per second, so the mean latency is at least
 * connections × (CPU per request) / cores, and p95 at least the mean: a p95 budget caps the CPU a
 * request may use, all processes together.
 */
export const cpuBoundMs = (connections: number, cores = cpus().length) => (budgets.pageP95Ms * cores) / connections;

function cpuTable(results: TargetResult[], facts: RunFacts): string[] {
  const bound = cpuBoundMs(facts.connections);
  return [
    "| request | app (Node.js) | PostgreSQL | load tool | all | p50 if the CPU were the only wait |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...results.map((result) => {
      const cpu = result.cpu;
      if (!cpu) return `| ${result.label} | – | – | – | – | – |`;
      const all = cpu.appMs + cpu.postgresMs + cpu.loadToolMs;
      return `| ${result.label} | ${ms(cpu.appMs)} | ${ms(cpu.postgresMs)} | ${ms(cpu.loadToolMs)} | ${ms(all)} | ${ms((facts.connections * all) / cpus().length)} |`;
    }),
    "",
    `Milliseconds of CPU per request during the load run, from /proc: the server and its workers, every PostgreSQL process, the load tool. ` +
      `With ${facts.connections} connections on ${cpus().length} cores, the mean latency is at least ${facts.connections} × (all) / ${cpus().length}, ` +
      `and p95 is above the mean: p95 ≤ ${budgets.pageP95Ms} ms needs less than ${ms(bound)} ms of CPU per request, all processes together.`,
  ];
}

export function renderReport(
  facts: RunFacts,
  results: TargetResult[],
  weights: RouteWeight[],
  skipped: string[],
  checks: BudgetCheck[],
): string {
  const { shape, rowCounts } = facts.history;
  return [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (scripts/bench, method in docs/decisions/011-benchmark.md). Do not edit by hand.",
    "",
    `- Date: ${facts.date.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- Machine: ${machineLine()}`,
    `- PostgreSQL ${facts.server.version} (${Object.entries(facts.server.settings)
      .map(([name, value]) => `${name} ${value}`)
      .join(", ")}), same machine`,
    `- Load average (1 / 5 / 15 min) before: ${load(facts.loadBefore)}; after: ${load(facts.loadAfter)} — the machine is shared with other work, which the numbers include`,
    `- Scale ${facts.scale}: ${shape.firstYear}–${shape.lastYear}, ${Object.entries(rowCounts)
      .map(([table, count]) => `${count.toLocaleString("en")} ${table}`)
      .join(", ")}`,
    `- Server: \`npm start\` (scripts/serve.mjs), ${facts.workers} Next.js worker${facts.workers === 1 ? "" : "s"}, ${facts.connections} load connections from the same machine`,
    `- Generation ${facts.history.seconds.toFixed(0)} s; build ${facts.buildSeconds === null ? "skipped (existing .next)" : `${facts.buildSeconds.toFixed(0)} s`}; whole run ${facts.totalSeconds.toFixed(0)} s`,
    "",
    "## Requests",
    "",
    ...requestTable(results, facts),
    "",
    "## Machine time per request (ms of CPU)",
    "",
    ...cpuTable(results, facts),
    "",
    "## Budgets",
    "",
    "| budget | measured | met |",
    "| --- | --- | --- |",
    ...checks.map((check) => `| ${check.budget} | ${check.measured} | ${check.isMet ? "yes" : "**no**"} |`),
    "",
    "## First-load JavaScript (gzip)",
    "",
    "| route | status | scripts | kB |",
    "| --- | ---: | ---: | ---: |",
    ...weights.map(
      (weight) =>
        `| ${weight.route} | ${weight.status} | ${weight.scripts} | ${(weight.gzipBytes / 1000).toFixed(1)} |`,
    ),
    ...(skipped.length ? ["", `Not opened (no record names their dynamic segment): ${skipped.join(", ")}.`] : []),
    "",
  ].join("\n");
}

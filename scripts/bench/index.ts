// `npm run bench`: a synthetic history of decades in its own database, the production build, and
// for each measured request its latency under load, its SQL queries and its floor (what PostgreSQL
// alone takes for the same statements); then every route's first-load JavaScript. Writes the
// report (bench/results.md at the default scale) and fails when a measure fails or a budget that
// does not depend on the machine is missed. Method: docs/decisions/011-benchmark.md.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { createBenchAccess, type BenchAccess } from "./access";
import { checkBudgets, type TargetResult } from "./budgets";
import { cpuPerRequest, cpuSnapshot } from "./cpu";
import { createBenchDatabase, describeServer, dropBenchDatabase } from "./database";
import { measureFirstLoadJs } from "./first-load-js";
import { measureFloor } from "./floor";
import { generateHistory, shapeForScale } from "./generate";
import { captureQueries, runLoad, type QueryCapture } from "./measure";
import { parseBenchOptions, type BenchOptions } from "./options";
import { startQueryProxy } from "./query-proxy";
import { currentLoad, machineLine, renderReport } from "./report";
import { buildApp, serverWorkers, startApp, type AppServer } from "./server";
import { summarize } from "./stats";
import { benchTargets, missionListPage, type Target } from "./targets";

const databaseName = "im_bench";
const statementsFolder = "test-results/bench/statements";
const parisYear = () =>
  Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", year: "numeric" }).format(new Date()));

async function withServer<T>(server: AppServer, work: (server: AppServer) => Promise<T>): Promise<T> {
  try {
    return await work(server);
  } catch (error) {
    console.error(`Server output (end):\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await server.stop();
  }
}

/** The statements of each request, for whoever works on its queries (EXPLAIN them). */
async function writeStatements(name: string, capture: QueryCapture): Promise<void> {
  const text = capture.statements
    .map(
      (statement, index) =>
        `-- ${index + 1}${statement.params.length ? ` params: ${JSON.stringify(statement.params.map((param) => (Buffer.isBuffer(param) ? param.toString("hex") : param)))}` : ""}\n${statement.sql};\n`,
    )
    .join("\n");
  await mkdir(statementsFolder, { recursive: true });
  await writeFile(`${statementsFolder}/${name}.sql`, text);
}

/** Statements per request: the app reaches PostgreSQL through the proxy, one request at a time. */
async function captureAll(url: string, access: BenchAccess, targets: Target[]): Promise<Map<string, QueryCapture>> {
  const proxy = await startQueryProxy(url);
  const captures = new Map<string, QueryCapture>();
  try {
    await withServer(await startApp({ databaseUrl: proxy.url, secret: access.secret }), async (server) => {
      for (const target of targets) {
        const capture = await captureQueries(server.baseUrl, target, proxy, 3);
        console.log(`  ${target.label}: ${capture.counts.join(", ")} SQL statements per request`);
        captures.set(target.name, capture);
        await writeStatements(target.name, capture);
      }
    });
  } finally {
    await proxy.close();
  }
  return captures;
}

/** Latencies on a server connected straight to PostgreSQL (the proxy would add its own hop). */
async function measureTarget(
  server: AppServer,
  url: string,
  target: Target,
  capture: QueryCapture,
  options: BenchOptions,
): Promise<TargetResult> {
  await runLoad(server.baseUrl, target, { connections: options.connections, seconds: 1 });
  const alone = await runLoad(server.baseUrl, target, { connections: 1, amount: options.aloneRequests });
  const cpuBefore = cpuSnapshot(server.pid);
  const load = await runLoad(server.baseUrl, target, {
    connections: options.connections,
    seconds: options.loadSeconds,
  });
  const cpu = cpuPerRequest(cpuBefore, cpuSnapshot(server.pid), load.count);
  // A request without SQL has no floor to replay.
  const hasSql = capture.statements.length > 0;
  const floorAlone = hasSql
    ? await measureFloor(url, capture.statements, {
        clients: 1,
        durationMs: Math.max(2, options.loadSeconds / 4) * 1000,
      })
    : summarize([]);
  const floorLoad = hasSql
    ? await measureFloor(url, capture.statements, {
        clients: options.connections,
        durationMs: options.loadSeconds * 1000,
      })
    : summarize([]);
  console.log(
    `  ${target.label}: p50 ${load.p50.toFixed(1)} ms, p95 ${load.p95.toFixed(1)} ms, floor p50 ${floorLoad.p50.toFixed(1)} ms, ${load.failures} failures`,
  );
  return {
    name: target.name,
    label: target.label,
    kind: target.kind,
    queries: capture.counts,
    alone,
    load,
    floorAlone,
    floorLoad,
    cpu,
  };
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  const date = new Date();
  const started = performance.now();
  const loadBefore = currentLoad();
  console.log(`Benchmark at scale ${options.scale} on ${machineLine()}`);
  const url = await createBenchDatabase(databaseName);
  try {
    console.log("Generating the history…");
    const history = await generateHistory(url, shapeForScale(options.scale, parisYear()), console.log);
    console.log(`Generated in ${history.seconds.toFixed(0)} s.`);
    const access = await createBenchAccess(url);
    const targets = benchTargets(history.shape, access, await missionListPage(url)).filter(
      (target) => options.only.length === 0 || options.only.includes(target.name),
    );
    const buildSeconds = options.skipBuild ? null : await buildApp();

    console.log("Counting SQL statements per request…");
    const captures = await captureAll(url, access, targets);
    console.log(`Measuring (${options.connections} connections, ${options.loadSeconds} s each)…`);
    const { results, weights, skipped } = await withServer(
      await startApp({ databaseUrl: url, secret: access.secret }),
      async (server) => {
        const measured: TargetResult[] = [];
        for (const target of targets)
          measured.push(await measureTarget(server, url, target, captures.get(target.name) as QueryCapture, options));
        console.log("Opening every route in Chromium for its first-load JavaScript…");
        return { results: measured, ...(await measureFirstLoadJs(server.baseUrl, url, access)) };
      },
    );

    const checks = checkBudgets(results, weights);
    const facts = {
      date,
      scale: options.scale,
      connections: options.connections,
      workers: serverWorkers(),
      loadSeconds: options.loadSeconds,
      history,
      buildSeconds,
      totalSeconds: (performance.now() - started) / 1000,
      server: await describeServer(url),
      loadBefore,
      loadAfter: currentLoad(),
    };
    const report = renderReport(facts, results, weights, skipped, checks);
    await mkdir(dirname(options.output), { recursive: true });
    await writeFile(options.output, report);
    console.log(`\n${report}\nWritten to ${options.output}.`);

    const problems = [
      ...results
        .filter((result) => result.alone.failures + result.load.failures > 0)
        .map((result) => `${result.label}: requests failed`),
      ...weights.filter((weight) => weight.status !== 200).map((weight) => `${weight.route} answered ${weight.status}`),
      ...checks.filter((check) => !check.isMet && !check.isTiming).map((check) => `budget missed: ${check.budget}`),
    ];
    for (const problem of problems) console.error(`FAILED ${problem}`);
    return problems.length ? 1 : 0;
  } finally {
    if (!options.keepDatabase) await dropBenchDatabase(databaseName);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

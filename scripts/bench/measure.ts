// Measuring one target: its statements (one request at a time through the query proxy), its
// latency alone (one connection), and under load (autocannon, several connections).
import autocannon from "autocannon";
import type { CapturedStatement } from "./pg-frontend-parser";
import type { QueryProxy } from "./query-proxy";
import { summarize, type LatencySummary } from "./stats";
import type { Target } from "./targets";

export type QueryCapture = {
  /** Statements per request, for each request sent alone (they should all be equal). */
  counts: number[];
  /** The statements of the last of those requests, for the floor. */
  statements: CapturedStatement[];
};

async function fetchTarget(baseUrl: string, target: Target): Promise<void> {
  const response = await fetch(`${baseUrl}${target.path}`, { headers: target.headers, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}, not 200`);
}

export async function captureQueries(
  baseUrl: string,
  target: Target,
  proxy: QueryProxy,
  repeats: number,
): Promise<QueryCapture> {
  // Unmeasured first requests: compiled code paths, connection pool, Prisma's query plans.
  for (let index = 0; index < 3; index += 1) await fetchTarget(baseUrl, target);
  const counts: number[] = [];
  let statements: CapturedStatement[] = [];
  for (let index = 0; index < repeats; index += 1) {
    proxy.startCapture();
    await fetchTarget(baseUrl, target);
    // Work the server finishes after the response (none is expected) would land here.
    await new Promise((resolve) => setTimeout(resolve, 50));
    statements = proxy.stopCapture();
    counts.push(statements.length);
  }
  return { counts, statements };
}

export type LoadResult = LatencySummary & { requestsPerSecond: number; failures: number };

/** `connections` clients sending requests back to back for `seconds` (or `amount` requests in all). */
export async function runLoad(
  baseUrl: string,
  target: Target,
  options: { connections: number; seconds?: number; amount?: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${target.path}`,
        headers: target.headers,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
        timeout: 30,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    ...summarize(latencies),
    requestsPerSecond: latencies.length / seconds,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

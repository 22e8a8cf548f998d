// The budgets on a 2-core machine at the default scale, and how a run is judged against
// them. Time budgets are reported (they mean something only at the default scale, full duration,
// on a quiet machine); the others (queries per page, JavaScript) do not depend on the machine, so
// missing one fails any run, the CI smoke run included.
import type { CpuPerRequest } from "./cpu";
import type { RouteWeight } from "./first-load-js";
import type { LoadResult } from "./measure";
import type { LatencySummary } from "./stats";

export const budgets = {
  pageP95Ms: 150,
  queriesPerPage: 12,
  dashboardFloorRatio: 3,
  /** kB as Next.js prints them: 1,000 bytes. */
  firstLoadJsBytes: 200_000,
} as const;

export type TargetResult = {
  name: string;
  label: string;
  kind: "page" | "api" | "reference";
  queries: number[];
  alone: LoadResult;
  load: LoadResult;
  floorAlone: LatencySummary;
  floorLoad: LatencySummary;
  /** CPU per request under load, by process (null where /proc cannot tell). */
  cpu: CpuPerRequest | null;
};

export type BudgetCheck = { budget: string; measured: string; isMet: boolean; isTiming: boolean };

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function checkBudgets(results: TargetResult[], weights: RouteWeight[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const result of results) {
    if (result.kind === "page") {
      checks.push({
        budget: `${result.label}: p95 ≤ ${budgets.pageP95Ms} ms`,
        measured: ms(result.load.p95),
        isMet: result.load.p95 <= budgets.pageP95Ms,
        isTiming: true,
      });
      const most = Math.max(...result.queries);
      checks.push({
        budget: `${result.label}: ≤ ${budgets.queriesPerPage} SQL queries`,
        measured: String(most),
        isMet: most <= budgets.queriesPerPage,
        isTiming: false,
      });
    }
    if (result.name === "dashboard") {
      const ratio = result.load.p50 / result.floorLoad.p50;
      checks.push({
        budget: `${result.label}: p50 ≤ ${budgets.dashboardFloorRatio} × its SQL floor (both at the same concurrency)`,
        measured: `${ratio.toFixed(2)} ×`,
        isMet: ratio <= budgets.dashboardFloorRatio,
        isTiming: true,
      });
    }
  }
  const heaviest = weights.reduce<RouteWeight | null>(
    (worst, weight) => (!worst || weight.gzipBytes > worst.gzipBytes ? weight : worst),
    null,
  );
  if (heaviest) {
    checks.push({
      budget: `First-load JS ≤ ${budgets.firstLoadJsBytes / 1000} kB gzip on every route`,
      measured: `${(heaviest.gzipBytes / 1000).toFixed(1)} kB (heaviest: ${heaviest.route})`,
      isMet: weights.every((weight) => weight.gzipBytes <= budgets.firstLoadJsBytes),
      isTiming: false,
    });
  }
  return checks;
}

import { DomainError } from "@/lib/action-result";

/** Writer numbers 0…count-1: each concurrent save is told apart by what it writes. */
export const writers = (count: number) => Array.from({ length: count }, (_, index) => index);

export type Settled = {
  /** The writers whose save went through. */
  winners: number[];
  /** Expected refusals (conflict, name taken…), as the data layer threw them. */
  refusals: DomainError[];
  /** Anything else (a raw database error, a timeout): always a defect. */
  unexpected: string[];
  /** From the moment all saves start to the last answer (docs/reliability.md quotes it). */
  elapsedMs: number;
};

/** Starts every writer's save at once and sorts the outcomes. */
export async function settleAll(writerNumbers: number[], save: (writer: number) => Promise<unknown>): Promise<Settled> {
  const started = performance.now();
  const results = await Promise.allSettled(writerNumbers.map((writer) => save(writer)));
  const elapsedMs = performance.now() - started;
  const settled: Settled = { winners: [], refusals: [], unexpected: [], elapsedMs };
  results.forEach((result, index) => {
    if (result.status === "fulfilled") settled.winners.push(writerNumbers[index] ?? -1);
    else if (result.reason instanceof DomainError) settled.refusals.push(result.reason);
    else settled.unexpected.push(String(result.reason));
  });
  // RELIABILITY_TIMINGS=1 prints the figures docs/reliability.md records.
  if (process.env.RELIABILITY_TIMINGS === "1") {
    console.info(
      `burst of ${writerNumbers.length}: ${results.filter((result) => result.status === "fulfilled").length} saved, ${settled.refusals.length} refused, ${settled.unexpected.length} unexpected, ${elapsedMs.toFixed(0)} ms`,
    );
  }
  return settled;
}

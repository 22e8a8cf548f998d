// Latencies per kind of request, errors and conflicts, and the table the run prints.

export type Outcome = "ok" | "conflict" | "error";

type Kind = { latencies: number[]; errors: number; conflicts: number };

export class Recorder {
  private readonly kinds = new Map<string, Kind>();
  readonly errorSamples: string[] = [];

  record(kind: string, milliseconds: number, outcome: Outcome, detail = ""): void {
    let entry = this.kinds.get(kind);
    if (!entry) this.kinds.set(kind, (entry = { latencies: [], errors: 0, conflicts: 0 }));
    entry.latencies.push(milliseconds);
    if (outcome === "error") {
      entry.errors += 1;
      if (this.errorSamples.length < 10) this.errorSamples.push(`${kind}: ${detail}`);
    }
    if (outcome === "conflict") entry.conflicts += 1;
  }

  report(elapsedSeconds: number): { text: string; errors: number } {
    const rows = [...this.kinds]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, entry]) => row(kind, entry, elapsedSeconds));
    const all = [...this.kinds.values()].reduce<Kind>(
      (sum, entry) => ({
        latencies: sum.latencies.concat(entry.latencies),
        errors: sum.errors + entry.errors,
        conflicts: sum.conflicts + entry.conflicts,
      }),
      { latencies: [], errors: 0, conflicts: 0 },
    );
    const header =
      "| kind | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | 409 conflicts |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
    const text = [header, ...rows, row("**all**", all, elapsedSeconds)].join("\n");
    return { text, errors: all.errors };
  }
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function row(kind: string, entry: Kind, elapsedSeconds: number): string {
  const sorted = [...entry.latencies].sort((a, b) => a - b);
  const ms = (value: number) => String(Math.round(value));
  return `| ${kind} | ${sorted.length} | ${(sorted.length / elapsedSeconds).toFixed(1)} | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.95))} | ${ms(percentile(sorted, 0.99))} | ${ms(sorted.at(-1) ?? 0)} | ${entry.errors} | ${entry.conflicts} |`;
}

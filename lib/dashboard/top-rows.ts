// The dashboard shows the leading rows of a long breakdown and one summary row for the rest, so a
// page costs the same at 500 partners as at 20; the CSV export keeps every row
// (docs/decisions/011-benchmark.md).

/** How many partners and countries the dashboard's tables show before folding the rest. */
export const breakdownTopRows = 15;

/** How many destinations the world map draws and lists. */
export const mapTopDestinations = 50;

export type FoldedRows<T, K extends keyof T> = {
  top: T[];
  /** The rows after the first ones, counted and summed column by column; null when none is left out. */
  others: { count: number; totals: Record<K, number> } | null;
};

/**
 * The first `limit` rows, in the order given, and the sums of the others over `columns`.
 * A single leftover row is kept as itself: folding it would hide its name and shorten nothing.
 */
export function foldTopRows<T extends Record<K, number>, K extends keyof T>(
  rows: readonly T[],
  limit: number,
  columns: readonly K[],
): FoldedRows<T, K> {
  if (rows.length <= limit + 1) return { top: [...rows], others: null };
  const rest = rows.slice(limit);
  const totals = Object.fromEntries(
    columns.map((column) => [column, rest.reduce((sum, row) => sum + row[column], 0)]),
  ) as Record<K, number>;
  return { top: rows.slice(0, limit), others: { count: rest.length, totals } };
}

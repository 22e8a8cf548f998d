import "server-only";

// Records are read in batches of ids: a list of 100,000 ids would not fit in one statement's
// parameters, and a batch keeps each query's result small.

export const batchSize = 2_000;

export function batches<T>(items: readonly T[], size: number = batchSize): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Records in the order of `ids` (a list's order), dropping ids that matched nothing. */
export function inOrder<T extends { id: string }>(ids: readonly string[], records: readonly T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Groups rows by a key (e.g. a child row by its parent's id). */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Rows by their id. */
export const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

/** How a record's sectors and objectives are read for its rows: codes and both names, by code. */
export const namedLinks = { select: { code: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } } as const;

/** How a record's partners are read for its rows: their short names, in order. */
export const partnerShortNames = { select: { shortName: true }, orderBy: { shortName: "asc" } } as const;

/** Records loaded by batches of `values`, one batch after the other (one connection in a transaction). */
export async function inBatches<V, T>(values: readonly V[], load: (batch: V[]) => Promise<T[]>): Promise<T[]> {
  const records: T[] = [];
  for (const batch of batches(values)) records.push(...(await load(batch)));
  return records;
}

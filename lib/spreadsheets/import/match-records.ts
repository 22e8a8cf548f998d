// Which existing record each row of a file is. Towns have unique keys (an INSEE code, a name): a row
// is the town sharing one, and two rows may not share one. The other areas' keys (a title and a
// date…) are not unique — two real actions of one partner can share title and day — so rows and
// records sharing a key are paired: identical ones first (they stay unchanged), then in order
// (updated); rows left over are new, and records left over are not touched. Importing a file twice
// thus pairs every row with the record its first import created: no duplicates.
import type { StatusFields } from "@/lib/spreadsheets/sheet-types";

export type Candidate = { index: number; keys: string[]; fields: string; status: StatusFields | undefined };

export type Match<TRecord> = {
  record: TRecord | null;
  problem?: { code: "duplicateInFile" | "severalExisting" | "archivedRecord"; values?: Record<string, number> };
};

type Stored = { fields: string | null; status: StatusFields | undefined };

const sameStatus = (a: StatusFields | undefined, b: StatusFields | undefined) =>
  a?.status === b?.status && (a?.cancellationReason ?? null) === (b?.cancellationReason ?? null);

function byKey<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function matchUnique<TRecord extends { archivedAt: Date | null }>(
  rows: readonly (Candidate & { row: number })[],
  records: readonly TRecord[],
  recordKeys: (record: TRecord) => string[],
) {
  const recordsByKey = byKey(records, recordKeys);
  const firstRowOfKey = new Map<string, number>();
  const matches = new Map<number, Match<TRecord>>();
  for (const row of rows) {
    const duplicateOf = row.keys.map((key) => firstRowOfKey.get(key)).find((first) => first !== undefined);
    for (const key of row.keys) if (!firstRowOfKey.has(key)) firstRowOfKey.set(key, row.row);
    const found = [...new Set(row.keys.flatMap((key) => recordsByKey.get(key) ?? []))];
    const record = found.length === 1 ? found[0]! : null;
    const problem: Match<TRecord>["problem"] =
      duplicateOf !== undefined
        ? { code: "duplicateInFile", values: { row: duplicateOf } }
        : found.length > 1
          ? { code: "severalExisting" }
          : record?.archivedAt
            ? { code: "archivedRecord" }
            : undefined;
    matches.set(row.index, { record, ...(problem ? { problem } : {}) });
  }
  return matches;
}

function matchByPairs<TRecord extends { archivedAt: Date | null }>(
  rows: readonly Candidate[],
  records: readonly TRecord[],
  recordKeys: (record: TRecord) => string[],
  stored: (record: TRecord) => Stored,
) {
  const recordsByKey = byKey(records, (record) => recordKeys(record).slice(0, 1));
  const matches = new Map<number, Match<TRecord>>();
  for (const [key, group] of byKey(rows, (row) => row.keys.slice(0, 1))) {
    const all = recordsByKey.get(key) ?? [];
    const free = all.filter((record) => !record.archivedAt);
    const unpaired: Candidate[] = [];
    for (const row of group) {
      const same = free.findIndex(
        (record) => stored(record).fields === row.fields && sameStatus(stored(record).status, row.status),
      );
      if (same < 0) unpaired.push(row);
      else matches.set(row.index, { record: free.splice(same, 1)[0]! });
    }
    // An archived record with the key means the row may be that record: restoring it is for a person to decide.
    const archived = all.some((record) => record.archivedAt);
    for (const row of unpaired) {
      const record = free.shift() ?? null;
      matches.set(row.index, record || !archived ? { record } : { record: null, problem: { code: "archivedRecord" } });
    }
  }
  return matches;
}

export function matchRecords<TRecord extends { archivedAt: Date | null }>(options: {
  rows: readonly (Candidate & { row: number })[];
  records: readonly TRecord[];
  recordKeys: (record: TRecord) => string[];
  uniqueKeys: boolean;
  stored: (record: TRecord) => Stored;
}): Map<number, Match<TRecord>> {
  return options.uniqueKeys
    ? matchUnique(options.rows, options.records, options.recordKeys)
    : matchByPairs(options.rows, options.records, options.recordKeys, options.stored);
}

import { describe, expect, it } from "vitest";
import { matchRecords, type Candidate } from "./match-records";

type Record = { id: string; key: string; fields: string; archivedAt: Date | null };

const record = (id: string, key: string, fields: string, archivedAt: Date | null = null): Record => ({
  id,
  key,
  fields,
  archivedAt,
});
const row = (index: number, key: string, fields: string): Candidate & { row: number } => ({
  index,
  row: index + 2,
  keys: [key],
  fields,
  status: undefined,
});

function pair(rows: ReturnType<typeof row>[], records: Record[], uniqueKeys = false) {
  const matches = matchRecords({
    rows,
    records,
    recordKeys: (r) => [r.key],
    uniqueKeys,
    stored: (r) => ({ fields: r.fields, status: undefined }),
  });
  return rows.map((candidate) => {
    const match = matches.get(candidate.index);
    return match?.problem ? match.problem.code : (match?.record?.id ?? "new");
  });
}

describe("pairing a file's rows with existing records", () => {
  it("pairs identical rows first, then the rest in order; rows left over are new", () => {
    const records = [record("a", "k", "one"), record("b", "k", "two")];
    // The second row is record "a" unchanged; the first differs, so it updates the record left ("b"); the third is new.
    expect(pair([row(0, "k", "three"), row(1, "k", "one"), row(2, "k", "four")], records)).toEqual(["b", "a", "new"]);
  });

  it("pairs a file imported twice with the records its first import created: nothing new", () => {
    const records = [record("a", "k", "same"), record("b", "k", "same")];
    expect(pair([row(0, "k", "same"), row(1, "k", "same")], records)).toEqual(["a", "b"]);
  });

  it("refuses a row whose key only an archived record has", () => {
    expect(pair([row(0, "k", "x")], [record("a", "k", "x", new Date())])).toEqual(["archivedRecord"]);
  });

  it("with unique keys (towns), refuses a second row naming the same record", () => {
    expect(pair([row(0, "nice", "x"), row(1, "nice", "y")], [record("a", "nice", "x")], true)).toEqual([
      "a",
      "duplicateInFile",
    ]);
  });
});

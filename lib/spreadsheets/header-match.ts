// The header row of an imported file → which column holds which field. Headers are recognised in
// French or English (case, accents and spacing aside), or by the field's key. Every column must be
// there, and nothing else: a file is either the template's or an export's, never a guess.
import { columnLetters } from "./sheet-table";
import { columnLabel, type ColumnGroup } from "./columns";
import type { SheetTranslator } from "./messages";
import { nameKey } from "./names";

export type HeaderProblem =
  | { code: "unknownColumns" | "missingColumns" | "duplicateColumns"; columns: string[] }
  | { code: "unnamedColumn"; column: string };

export type HeaderMatch = { positions: Map<string, number>; problems: HeaderProblem[] };

/**
 * Matches `header` against the area's columns. `hasData(index)` tells whether a column without a
 * header holds values (an empty trailing column is harmless; one with values is an error).
 */
export function matchHeaders(
  header: readonly string[],
  group: ColumnGroup,
  keys: readonly string[],
  translators: readonly SheetTranslator[],
  hasData: (index: number) => boolean,
): HeaderMatch {
  const byName = new Map<string, string>();
  for (const key of keys) {
    byName.set(nameKey(key), key);
    for (const t of translators) byName.set(nameKey(columnLabel(t, group, key)), key);
  }
  const positions = new Map<string, number>();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const problems: HeaderProblem[] = [];
  header.forEach((text, index) => {
    if (text.trim() === "") {
      if (hasData(index)) problems.push({ code: "unnamedColumn", column: columnLetters(index) });
      return;
    }
    const key = byName.get(nameKey(text));
    if (!key) unknown.push(text.trim());
    else if (positions.has(key)) duplicates.push(text.trim());
    else positions.set(key, index);
  });
  const missing = keys.filter((key) => !positions.has(key));
  if (unknown.length > 0) problems.push({ code: "unknownColumns", columns: unknown });
  if (duplicates.length > 0) problems.push({ code: "duplicateColumns", columns: duplicates });
  if (missing.length > 0) problems.push({ code: "missingColumns", columns: missing });
  return { positions, problems };
}

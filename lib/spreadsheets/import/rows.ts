// The data rows of a read file, as cells by column key, once the header row is matched.
import { matchHeaders, type HeaderProblem } from "../header-match";
import type { ColumnGroup } from "../columns";
import { columnLabel } from "../columns";
import type { SheetTranslator } from "../messages";
import type { SheetTable } from "../sheet-table";

export type DataRow = {
  row: number;
  cells: Map<string, string>;
  cellErrors: { column: string | null; code: "formulaCell" | "errorCell" | "tooManyCells"; detail: string }[];
};

function describeHeaderProblem(
  t: SheetTranslator,
  group: ColumnGroup,
  keys: readonly string[],
  problem: HeaderProblem,
): string {
  const label = (key: string) => columnLabel(t, group, key);
  if (problem.code === "unnamedColumn") return t.t("spreadsheets.fileErrors.unnamedColumn", { column: problem.column });
  const columns = problem.code === "missingColumns" ? problem.columns.map(label) : problem.columns;
  return t.t(`spreadsheets.fileErrors.${problem.code}`, {
    count: columns.length,
    columns: columns.join(", "),
    expected: keys.map(label).join(", "),
  });
}

/** The rows under the header, blank rows left out; or the header's problems, in words. */
export function dataRows(
  table: SheetTable,
  group: ColumnGroup,
  keys: readonly string[],
  t: SheetTranslator,
  translators: readonly SheetTranslator[],
): { rows: DataRow[]; fileErrors: string[] } {
  const [header = [], ...body] = table.rows;
  const hasData = (index: number) => body.some((cells) => (cells[index] ?? "").trim() !== "");
  const { positions, problems } = matchHeaders(header, group, keys, translators, hasData);
  if (problems.length > 0)
    return { rows: [], fileErrors: problems.map((problem) => describeHeaderProblem(t, group, keys, problem)) };
  const keyAt = new Map([...positions].map(([key, index]) => [index, key]));
  const problemsByRow = new Map<number, SheetTable["cellProblems"]>();
  for (const problem of table.cellProblems)
    problemsByRow.set(problem.row, [...(problemsByRow.get(problem.row) ?? []), problem]);
  const rows: DataRow[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    const problems = problemsByRow.get(row) ?? [];
    if (problems.length === 0 && cells.every((cell) => cell.trim() === "")) return;
    const byKey = new Map([...positions].map(([key, position]) => [key, cells[position] ?? ""]));
    const cellErrors: DataRow["cellErrors"] = problems.map((problem) => ({
      column: keyAt.get(problem.column) ?? null,
      code: problem.code,
      detail: problem.detail,
    }));
    if (cells.some((cell, position) => !keyAt.has(position) && cell.trim() !== ""))
      cellErrors.push({ column: null, code: "tooManyCells", detail: "" });
    rows.push({ row, cells: byKey, cellErrors });
  });
  return { rows, fileErrors: rows.length === 0 ? [t.t("spreadsheets.fileErrors.noRows")] : [] };
}

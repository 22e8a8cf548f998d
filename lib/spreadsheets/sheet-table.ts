// What reading a CSV or .xlsx file gives the import: rows of text cells (the first row holds the
// headers), whatever the format. No server imports.

/** A cell the import refuses whatever its column: a formula (never evaluated) or an error value (#N/A…). */
export type CellProblem = { row: number; column: number; code: "formulaCell" | "errorCell"; detail: string };

export type SheetTable = {
  format: "csv" | "xlsx";
  /** Rows as typed, 1-based row n at index n - 1; every cell as text. */
  rows: string[][];
  cellProblems: CellProblem[];
  /** CSV only: how the bytes were read, for the preview to say. */
  encoding?: string;
  delimiter?: string;
};

/** A spreadsheet's column letters for a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

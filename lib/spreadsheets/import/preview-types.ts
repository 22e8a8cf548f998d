// What an import answers: every row's fate and problems, counted. Shared by the pipeline, the route
// handler and the import page: no server imports.

export type RowStatus = "new" | "updated" | "unchanged" | "invalid";

export type PreviewRow = {
  /** The row number in the spreadsheet (the header is row 1). */
  row: number;
  status: RowStatus;
  /** The record, as the preview names it (its title and date…); the first cell when the row did not read. */
  label: string;
  /** Each problem with its column's header, in the reader's language. */
  errors: { column: string | null; message: string }[];
};

export type ImportPreview = {
  file: { format: "csv" | "xlsx"; rows: number; encoding?: string; delimiter?: string } | null;
  /** Problems with the file as a whole (wrong columns, unreadable file): no row is read then. */
  fileErrors: string[];
  rows: PreviewRow[];
  counts: Record<RowStatus, number>;
};

export type ImportOutcome = { created: number; updated: number; unchanged: number };

export type ProgressPhase = "reading" | "checking" | "writing";
export type ProgressListener = (phase: ProgressPhase, done: number, total: number) => void;

/** One line of the NDJSON stream an import route answers with. */
export type ImportStreamLine =
  | { type: "progress"; phase: ProgressPhase; done: number; total: number }
  | { type: "preview"; preview: ImportPreview }
  | { type: "done"; preview: ImportPreview; outcome: ImportOutcome }
  | { type: "error"; message: string; preview?: ImportPreview };

export const emptyCounts = (): Record<RowStatus, number> => ({ new: 0, updated: 0, unchanged: 0, invalid: 0 });

export function hasProblems(preview: ImportPreview): boolean {
  return preview.fileErrors.length > 0 || preview.counts.invalid > 0;
}

// An .xlsx workbook → text cells of its first worksheet. Formulas are never evaluated, and their
// cached results are not taken either: a result can be stale or missing (files written by programs
// often have none), and an import must store what the person sees and means. A formula cell is
// refused with its address, asking for the value instead (docs/decisions/012-spreadsheets.md).
import ExcelJS from "exceljs";
import { maxImportColumns, maxImportRows, maxXlsxUnpackedBytes } from "./limits";
import { columnLetters, type CellProblem, type SheetTable } from "./sheet-table";
import { unpackedZipSize } from "./zip-size";

export class WorkbookError extends Error {
  constructor(readonly code: "notAWorkbook" | "unpackedTooLarge" | "noWorksheet" | "tooManyRows" | "tooManyColumns") {
    super(code);
    this.name = "WorkbookError";
  }
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * Dates come back from Excel as the wall-clock time they show, stored as if it were UTC: a day, or a
 * day and a time (read as Paris time by the columns that hold instants). Rounded to the second,
 * since Excel's fractions of a day drift by a millisecond or so.
 */
export function excelDateText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = rounded.toISOString().slice(0, 10);
  const [hours, minutes, seconds] = [rounded.getUTCHours(), rounded.getUTCMinutes(), rounded.getUTCSeconds()];
  if (hours === 0 && minutes === 0 && seconds === 0) return day;
  return `${day} ${pad(hours)}:${pad(minutes)}${seconds === 0 ? "" : `:${pad(seconds)}`}`;
}

/** A number as typed: whole numbers plainly, others without binary noise (0.1 + 0.2 → "0.3"). */
export function excelNumberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

type Outcome = { text: string } | { problem: CellProblem["code"]; detail: string };

function cellText(value: ExcelJS.CellValue): Outcome {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "string") return { text: value };
  if (typeof value === "number") return { text: excelNumberText(value) };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { text: excelDateText(value) };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : value.sharedFormula;
    return { problem: "formulaCell", detail: `=${formula ?? ""}` };
  }
  if ("error" in value) return { problem: "errorCell", detail: String(value.error) };
  if ("richText" in value) return { text: value.richText.map((part) => part.text).join("") };
  // A hyperlink: its visible text (a string, or rich text in some writers' files).
  if ("text" in value) {
    const text: unknown = value.text;
    return {
      text:
        typeof text === "string"
          ? text
          : ((text as { richText?: { text: string }[] }).richText ?? []).map((part) => part.text).join(""),
    };
  }
  return { text: "" };
}

/** Reads the first worksheet; refuses a file that is not an .xlsx, unpacks too large, or has too many rows. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetTable> {
  const unpacked = unpackedZipSize(bytes);
  if (unpacked === null) throw new WorkbookError("notAWorkbook");
  if (unpacked > maxXlsxUnpackedBytes) throw new WorkbookError("unpackedTooLarge");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookError("notAWorkbook");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new WorkbookError("noWorksheet");
  // Formatting alone can make a sheet look thousands of rows or columns wide: only values count.
  if (sheet.actualRowCount > maxImportRows + 1) throw new WorkbookError("tooManyRows");
  const filled = new Map<number, string[]>();
  const cellProblems: CellProblem[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > maxImportColumns) throw new WorkbookError("tooManyColumns");
      const outcome = cellText(cell.value);
      if ("text" in outcome) cells[columnNumber - 1] = outcome.text;
      else
        cellProblems.push({
          row: rowNumber,
          column: columnNumber - 1,
          code: outcome.problem,
          detail: `${columnLetters(columnNumber - 1)}${rowNumber}: ${outcome.detail}`,
        });
    });
    if (
      cells.some((text) => text !== undefined && text !== "") ||
      cellProblems.some((problem) => problem.row === rowNumber)
    )
      filled.set(rowNumber, cells);
  });
  const lastRow = Math.max(0, ...filled.keys());
  if (lastRow > maxImportRows + 1) throw new WorkbookError("tooManyRows");
  const width = Math.max(
    0,
    ...[...filled.values()].map((cells) => cells.length),
    ...cellProblems.map((problem) => problem.column + 1),
  );
  // Rows left empty between filled ones stay as empty rows, so row numbers match the sheet's.
  const rows = Array.from({ length: lastRow }, (_, index) => {
    const cells = filled.get(index + 1) ?? [];
    return Array.from({ length: width }, (_, column) => cells[column] ?? "");
  });
  return { format: "xlsx", rows, cellProblems };
}

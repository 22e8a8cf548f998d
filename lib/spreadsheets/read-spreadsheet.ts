// Any file an import receives → a SheetTable, or a SpreadsheetFileError saying what is wrong with
// the file as a whole. The format is told by the bytes, not by the name or the declared type:
// an .xlsx is a ZIP archive, Excel 97's .xls an OLE compound file, anything else is read as CSV.
import { CsvSyntaxError, parseCsv } from "./csv-read";
import { decodeText } from "./decode-text";
import { maxImportBytes, maxImportColumns, maxImportRows } from "./limits";
import type { SheetTable } from "./sheet-table";
import { readXlsx, WorkbookError } from "./xlsx-read";

export type FileErrorCode =
  | "emptyFile"
  | "fileTooLarge"
  | "unsupportedType"
  | "legacyXls"
  | "notText"
  | "notAWorkbook"
  | "unpackedTooLarge"
  | "noWorksheet"
  | "tooManyRows"
  | "tooManyColumns"
  | "unclosedQuote"
  | "noHeader";

export class SpreadsheetFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "SpreadsheetFileError";
  }
}

/**
 * Declared types a browser or a script may send a CSV or .xlsx with (browsers send
 * application/vnd.ms-excel for .csv on Windows, nothing or octet-stream when they do not know).
 */
const acceptedContentTypes = new Set([
  "",
  "text/csv",
  "text/plain",
  "application/csv",
  "text/x-csv",
  "text/comma-separated-values",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
]);

export function isAcceptedContentType(contentType: string | null): boolean {
  return acceptedContentTypes.has((contentType ?? "").split(";")[0]!.trim().toLowerCase());
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

function readCsv(bytes: Uint8Array): SheetTable {
  const decoded = decodeText(bytes);
  if (!decoded) throw new SpreadsheetFileError("notText");
  try {
    const { rows, delimiter } = parseCsv(decoded.text);
    if (rows.length > maxImportRows + 1) throw new SpreadsheetFileError("tooManyRows", { max: maxImportRows });
    if (rows.some((row) => row.length > maxImportColumns))
      throw new SpreadsheetFileError("tooManyColumns", { max: maxImportColumns });
    return {
      format: "csv",
      rows,
      cellProblems: [],
      encoding: decoded.hadByteOrderMark ? `${decoded.encoding} (BOM)` : decoded.encoding,
      delimiter,
    };
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new SpreadsheetFileError("unclosedQuote", { row: error.row });
    throw error;
  }
}

export async function readSpreadsheet(bytes: Uint8Array): Promise<SheetTable> {
  if (bytes.length === 0) throw new SpreadsheetFileError("emptyFile");
  if (bytes.length > maxImportBytes)
    throw new SpreadsheetFileError("fileTooLarge", { max: maxImportBytes / 1024 / 1024 });
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new SpreadsheetFileError("legacyXls");
  let table: SheetTable;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    try {
      table = await readXlsx(bytes);
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      const limit: Record<string, number> =
        error.code === "tooManyColumns"
          ? { max: maxImportColumns }
          : error.code === "tooManyRows"
            ? { max: maxImportRows }
            : {};
      throw new SpreadsheetFileError(error.code, limit);
    }
  } else {
    table = readCsv(bytes);
  }
  if (table.rows.length === 0 || table.rows[0]!.every((cell) => cell.trim() === ""))
    throw new SpreadsheetFileError("noHeader");
  return table;
}

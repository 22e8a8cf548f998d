// The bounds every spreadsheet the app reads or writes stays within (docs/decisions/012-spreadsheets.md).
// Shared by the engine, the route handlers and the import page: no server imports.

/** The largest file an import accepts: a 10,000-row export of any area is well below it. */
export const maxImportBytes = 5 * 1024 * 1024;

/** Data rows (the header row not counted) one import may hold. */
export const maxImportRows = 10_000;

/** Columns a sheet may hold: far more than any area has, low enough to refuse a garbage file early. */
export const maxImportColumns = 100;

/** What an .xlsx may unpack to: guards against a small archive that expands to gigabytes (a "zip bomb"). */
export const maxXlsxUnpackedBytes = 80 * 1024 * 1024;

/** Rows one export writes at most; a list longer than this is cut and the file says so. */
export const maxExportRows = 100_000;

/** The longest text one cell may hold on import (the longest field of any form is 5,000). */
export const maxCellLength = 32_767;

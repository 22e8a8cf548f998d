// RFC 4180 CSV, with a UTF-8 byte-order mark so spreadsheet programs read accents right, in the
// reader's convention (amounts are written by the caller with the reader's decimal separator).

function cell(value: string | number, separator: string): string {
  const text = String(value);
  // Quote when needed; neutralise formulas (a cell starting with = + - @ would run in a spreadsheet).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `separator`: ";" for a French reader (lib/spreadsheets/csv-write.ts says why). */
export function toCsv(header: string[], rows: (string | number)[][], separator: "," | ";" = ","): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map((value) => cell(value, separator)).join(separator)).join("\r\n")}\r\n`;
}

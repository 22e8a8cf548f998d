// RFC 4180 CSV, with a UTF-8 byte-order mark so spreadsheet programs read accents right.

function cell(value: string | number): string {
  const text = String(value);
  // Quote when needed; neutralise formulas (a cell starting with = + - @ would run in a spreadsheet).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

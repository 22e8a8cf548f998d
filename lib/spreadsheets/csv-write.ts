// RFC 4180 CSV for spreadsheet programs: UTF-8 with a byte-order mark (without it Excel reads
// accents as Windows-1252), "," between cells, CRLF between rows; formulas neutralised.
import { cellText, type SheetData } from "./cells";

function quoted(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(sheet: Pick<SheetData, "header" | "rows">): string {
  const lines = [
    sheet.header.map((label) => quoted(cellText(label))),
    ...sheet.rows.map((row) => row.map((cell) => quoted(cellText(cell)))),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(",")).join("\r\n")}\r\n`;
}

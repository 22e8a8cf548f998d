// RFC 4180 CSV for spreadsheet programs: UTF-8 with a byte-order mark (without it Excel reads
// accents as Windows-1252), CRLF between rows, formulas neutralised, and the reader's convention:
// in French, cells separated by ";" and amounts written "6000,00" (what a spreadsheet set to French
// opens as columns and numbers; "," and "6000.00" would land in one column, or as text); in
// English "," and "6000.00". The import reads either.
import type { AppLocale } from "@/lib/i18n/config";
import { cellText, type SheetData } from "./cells";

export type CsvConvention = { separator: "," | ";"; decimalComma: boolean };

export function csvConventionOf(locale: AppLocale): CsvConvention {
  return locale === "fr" ? { separator: ";", decimalComma: true } : { separator: ",", decimalComma: false };
}

/** Quoted when it holds the separator, a quote or a line break ("6000,00" stays a bare number in French). */
function quoted(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(sheet: Pick<SheetData, "header" | "rows">, convention = csvConventionOf("en")): string {
  const lines = [
    sheet.header.map((label) => quoted(cellText(label), convention.separator)),
    ...sheet.rows.map((row) =>
      row.map((cell) => quoted(cellText(cell, convention.decimalComma), convention.separator)),
    ),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(convention.separator)).join("\r\n")}\r\n`;
}

// .xlsx workbooks with exceljs: numbers and amounts as numbers, days and Paris times as real
// dates (formatted as the reader's language writes them), text neutralised like in CSV. Instants
// are written as the wall-clock time Paris shows, since spreadsheet dates carry no time zone.
import ExcelJS from "exceljs";
import type { Cell, SheetData } from "./cells";
import { neutraliseText } from "./neutralise";
import { dateToParisInput } from "@/lib/time";

const dateFormats = {
  fr: { day: "dd/mm/yyyy", instant: "dd/mm/yyyy hh:mm" },
  en: { day: "yyyy-mm-dd", instant: "yyyy-mm-dd hh:mm" },
} as const;

/** The Paris wall-clock time of `instant`, as the UTC Date exceljs writes as that time. */
function wallClock(instant: Date): Date {
  return new Date(`${dateToParisInput(instant)}:${String(instant.getUTCSeconds()).padStart(2, "0")}Z`);
}

function setCell(target: ExcelJS.Cell, cell: Cell, locale: "fr" | "en"): void {
  if (cell === null) return;
  if (typeof cell === "string") target.value = neutraliseText(cell);
  else if (typeof cell === "number") target.value = cell;
  else if ("cents" in cell) {
    target.value = cell.cents / 100;
    target.numFmt = "#,##0.00";
  } else if ("day" in cell) {
    target.value = new Date(`${cell.day}T00:00:00Z`);
    target.numFmt = dateFormats[locale].day;
  } else {
    target.value = wallClock(cell.instant);
    target.numFmt = dateFormats[locale].instant;
  }
}

/** One workbook with a sheet per table; the first sheet is the one an import reads. */
export async function writeXlsx(sheets: SheetData[], locale: "fr" | "en"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    const header = worksheet.addRow(sheet.header.map(neutraliseText));
    header.font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow([]);
      row.forEach((cell, index) => setCell(added.getCell(index + 1), cell, locale));
    }
    sheet.header.forEach((label, index) => {
      const longest = Math.max(label.length, ...sheet.rows.slice(0, 200).map((row) => String(row[index] ?? "").length));
      worksheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

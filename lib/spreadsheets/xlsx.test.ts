import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSpreadsheet, SpreadsheetFileError } from "./read-spreadsheet";
import { readXlsx } from "./xlsx-read";
import { writeXlsx } from "./xlsx-write";
import { unpackedZipSize } from "./zip-size";

async function workbookWith(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("Feuille 1"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("xlsx", () => {
  it("writes numbers, amounts, days and Paris times as such, and reads them back as the import's texts", async () => {
    const bytes = await writeXlsx(
      [
        {
          name: "missions",
          header: ["Titre", "Nombre", "Budget", "Jour", "Arrivée"],
          rows: [
            ["=1+1", -5, { cents: 150_050 }, { day: "2016-05-12" }, { instant: new Date("2016-12-31T22:30:00Z") }],
          ],
        },
      ],
      "fr",
    );
    const table = await readXlsx(bytes);
    // 22:30 UTC on 31 December is 23:30 in Paris, the same year.
    expect(table.rows).toEqual([
      ["Titre", "Nombre", "Budget", "Jour", "Arrivée"],
      ["'=1+1", "-5", "1500.5", "2016-05-12", "2016-12-31 23:30"],
    ]);
    expect(table.cellProblems).toEqual([]);
  });

  it("never evaluates a formula: the cell is refused with its address, even with a cached result", async () => {
    const bytes = await workbookWith((sheet) => {
      sheet.addRow(["Commune", "Code INSEE"]);
      sheet.addRow(["Nice", "06088"]);
      sheet.getCell("B3").value = { formula: 'CONCAT("06","029")', result: "06029" };
      sheet.getCell("A3").value = "Cagnes-sur-Mer";
    });
    const table = await readXlsx(bytes);
    expect(table.rows[2]).toEqual(["Cagnes-sur-Mer", ""]);
    expect(table.cellProblems).toEqual([{ row: 3, column: 1, code: "formulaCell", detail: 'B3: =CONCAT("06","029")' }]);
  });

  it("reads rich text and hyperlinks as their text, and keeps row numbers across empty rows", async () => {
    const bytes = await workbookWith((sheet) => {
      sheet.getCell("A1").value = "Commune";
      sheet.getCell("A2").value = { richText: [{ text: "Saint-" }, { text: "Laurent", font: { bold: true } }] };
      sheet.getCell("A4").value = { text: "Èze", hyperlink: "https://www.eze.fr" };
    });
    expect((await readXlsx(bytes)).rows).toEqual([["Commune"], ["Saint-Laurent"], [""], ["Èze"]]);
  });

  it("knows how large an archive unpacks before unpacking it", async () => {
    const bytes = await workbookWith((sheet) => sheet.addRow(["x".repeat(100_000)]));
    expect(unpackedZipSize(bytes)).toBeGreaterThan(100_000);
    expect(unpackedZipSize(new TextEncoder().encode("Commune\nNice\n"))).toBeNull();
  });

  it("refuses an Excel 97 workbook, an empty file and a damaged workbook with their own reasons", async () => {
    await expect(readSpreadsheet(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toEqual(
      new SpreadsheetFileError("legacyXls"),
    );
    await expect(readSpreadsheet(new Uint8Array())).rejects.toEqual(new SpreadsheetFileError("emptyFile"));
    const damaged = (await workbookWith((sheet) => sheet.addRow(["Commune"]))).slice(0, 200);
    await expect(readSpreadsheet(damaged)).rejects.toEqual(new SpreadsheetFileError("notAWorkbook"));
  });
});

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { commitImport, previewImport } from "@/lib/spreadsheets/import/run-import";
import { readSpreadsheet } from "@/lib/spreadsheets/read-spreadsheet";
import { testDb } from "../setup/database";
import { createReferenceData, createStaff, csvFile, recordCounts } from "./helpers";

const townHeader = ["Commune", "Code INSEE", "Raccordée le"];

/** Text as Windows-1252 bytes (Latin-1 letters and the curly apostrophe), as old Excel saves CSV. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => (character === "’" ? 0x92 : character.charCodeAt(0))));
}

describe("an import never writes part of a file", () => {
  it("writes nothing when one row is wrong, and says which row and which column", async () => {
    const staff = await createStaff();
    const table = await readSpreadsheet(
      csvFile(townHeader, [
        ["Nice", "06088", "2015-01-01"],
        ["Èze", "ABCDE", ""],
        ["Vence", "06157", "12/03/2016"],
      ]),
    );
    const before = await recordCounts();
    const preview = await previewImport(staff, "towns", table);
    expect(preview.counts).toEqual({ new: 2, updated: 0, unchanged: 0, invalid: 1 });
    expect(preview.rows[1]).toEqual({
      row: 3,
      status: "invalid",
      label: "Èze",
      errors: [{ column: "Code INSEE", message: expect.stringContaining("INSEE") }],
    });
    const { outcome } = await commitImport(staff, "towns", table);
    expect(outcome).toBeNull();
    expect(await recordCounts()).toEqual(before);
  });

  it("says in the preview that a row falls in a closed year, as the joint-action mutations would refuse it", async () => {
    const staff = await createStaff();
    await createReferenceData();
    await testDb.yearClosure.create({ data: { year: 2015, figures: {}, recordIds: {}, closedById: staff.id } });
    const header = [
      "Organisation",
      "Date",
      "Type",
      "Titre",
      "Description",
      "Mission",
      "Délégation",
      "Événement",
      "Destination",
      "Objectif servi",
      "Résultat",
      "Nombre de contacts",
      "Pistes d'investisseurs",
    ];
    const row = (date: string, title: string) => [
      "TCA",
      date,
      "Promotion",
      title,
      "",
      "",
      "",
      "",
      "Xiamen",
      "",
      "",
      "3",
      "0",
    ];
    const table = await readSpreadsheet(
      csvFile(header, [row("2016-05-12", "Salon de Xiamen"), row("2015-05-12", "Salon de Xiamen 2015")]),
    );
    const before = await recordCounts();
    const { preview, outcome } = await commitImport(staff, "joint-actions", table);
    expect(outcome).toBeNull();
    expect(preview.rows.map((line) => line.errors)).toEqual([
      [],
      [{ column: "Date", message: "Cette année est déjà clôturée." }],
    ]);
    expect(await recordCounts()).toEqual(before);
  });

  it("rolls every row back when the database refuses one while writing", async () => {
    const staff = await createStaff();
    // Stands in for what only the write can meet (a concurrent change, a constraint): the third town is refused.
    await testDb.$executeRawUnsafe(
      `CREATE FUNCTION refuse_town() RETURNS trigger AS $$ BEGIN IF NEW.name = 'Refusée' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await testDb.$executeRawUnsafe(
      `CREATE TRIGGER refuse_town BEFORE INSERT ON "Town" FOR EACH ROW EXECUTE FUNCTION refuse_town()`,
    );
    try {
      const table = await readSpreadsheet(
        csvFile(townHeader, [
          ["Nice", "06088", ""],
          ["Vence", "06157", ""],
          ["Refusée", "", ""],
          ["Èze", "06059", ""],
        ]),
      );
      const before = await recordCounts();
      await expect(commitImport(staff, "towns", table)).rejects.toThrow(/refused/);
      expect(await recordCounts()).toEqual(before);
    } finally {
      await testDb.$executeRawUnsafe(`DROP TRIGGER refuse_town ON "Town"`);
      await testDb.$executeRawUnsafe(`DROP FUNCTION refuse_town()`);
    }
  });

  it("refuses a file with other columns than the area's, naming them", async () => {
    const staff = await createStaff("en");
    const preview = await previewImport(
      staff,
      "towns",
      await readSpreadsheet(csvFile(["Town", "Population"], [["Nice", "342 000"]])),
    );
    expect(preview.rows).toEqual([]);
    expect(preview.fileErrors).toEqual([
      "Unknown column: Population. The expected columns are: Town, INSEE code, Connected on.",
      "Missing columns: INSEE code, Connected on. Start from the template or from an export of the list.",
    ]);
  });

  it("refuses a formula in an Excel cell, naming the cell, and imports nothing", async () => {
    const staff = await createStaff();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Communes");
    sheet.addRow(townHeader);
    sheet.addRow(["Nice", "06088", ""]);
    sheet.addRow(["Cagnes-sur-Mer", { formula: 'TEXT(6027,"00000")', result: "06027" }, ""]);
    const table = await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const { preview, outcome } = await commitImport(staff, "towns", table);
    expect(outcome).toBeNull();
    expect(preview.rows[1]?.errors).toEqual([
      { column: "Code INSEE", message: expect.stringContaining("B3: =TEXT(6027") },
    ]);
    expect(await testDb.town.count()).toBe(0);
  });

  it("reads a Windows-1252 file with semicolons from old Excel, accents and leading-zero INSEE codes intact", async () => {
    const staff = await createStaff();
    const file = windows1252(
      "Commune;Code INSEE;Raccordée le\r\nÈze;6059;15/06/2015\r\nSaint-Martin-Vésubie;06127;\r\nL’Escarène;06057;2016-01-04\r\n",
    );
    const { preview, outcome } = await commitImport(staff, "towns", await readSpreadsheet(file));
    expect(preview.file).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(outcome).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const towns = await testDb.town.findMany({
      orderBy: { inseeCode: "asc" },
      select: { name: true, inseeCode: true, connectedOn: true },
    });
    expect(towns).toEqual([
      { name: "L’Escarène", inseeCode: "06057", connectedOn: new Date("2016-01-04T00:00:00Z") },
      { name: "Èze", inseeCode: "06059", connectedOn: new Date("2015-06-15T00:00:00Z") },
      { name: "Saint-Martin-Vésubie", inseeCode: "06127", connectedOn: null },
    ]);
  });

  it("updates the record a row names, skips identical ones, and refuses two rows naming the same town", async () => {
    const staff = await createStaff();
    await commitImport(
      staff,
      "towns",
      await readSpreadsheet(
        csvFile(townHeader, [
          ["Nice", "06088", ""],
          ["Vence", "06157", ""],
        ]),
      ),
    );
    const changed = await readSpreadsheet(
      csvFile(townHeader, [
        ["NICE", "06088", "2016-02-01"],
        ["Vence", "06157", ""],
      ]),
    );
    const { outcome } = await commitImport(staff, "towns", changed);
    expect(outcome).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(
      await testDb.town.findFirst({
        where: { inseeCode: "06088" },
        select: { name: true, connectedOn: true, version: true },
      }),
    ).toEqual({ name: "NICE", connectedOn: new Date("2016-02-01T00:00:00Z"), version: 2 });
    const twice = await previewImport(
      staff,
      "towns",
      await readSpreadsheet(
        csvFile(townHeader, [
          ["Èze", "", ""],
          ["èze", "", ""],
        ]),
      ),
    );
    expect(twice.rows[1]?.errors).toEqual([{ column: null, message: "Même fiche que la ligne 2 du fichier." }]);
  });
});

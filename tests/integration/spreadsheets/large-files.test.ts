import { describe, expect, it } from "vitest";
import { commitImport, previewImport } from "@/lib/spreadsheets/import/run-import";
import { maxImportRows } from "@/lib/spreadsheets/limits";
import { readSpreadsheet, SpreadsheetFileError } from "@/lib/spreadsheets/read-spreadsheet";
import { testDb } from "../setup/database";
import { createStaff, csvFile } from "./helpers";

// Up to 10,000 rows, the most one file may hold, checked and imported in one transaction. The times are
// printed (docs/decisions/012-spreadsheets.md records them); the bound asserted is loose on purpose
// — the test machine is shared — and catches a slowdown that grows with the square of the rows.

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

function report(line: string) {
  process.stdout.write(`    ${line}\n`);
}

const rows = (count: number, row: (index: number) => string[]) =>
  Array.from({ length: count }, (_, index) => row(index));

describe("a large file", () => {
  // Towns: 2,000 rows keep the suite short — the towns mutation's case-insensitive duplicate check
  // scans the table on every save, so the time grows with the square of the rows (see the README).
  it("imports 2,000 towns in one go", async () => {
    const staff = await createStaff();
    const count = 2_000;
    const file = csvFile(
      ["Commune", "Code INSEE", "Raccordée le"],
      rows(count, (index) => [
        `Commune ${index + 1}`,
        String(10_000 + index),
        `2015-${String((index % 12) + 1).padStart(2, "0")}-15`,
      ]),
    );
    let start = performance.now();
    const table = await readSpreadsheet(file);
    const preview = await previewImport(staff, "towns", table);
    report(`towns: read and checked in ${seconds(start)} s`);
    expect(preview.counts).toEqual({ new: count, updated: 0, unchanged: 0, invalid: 0 });
    start = performance.now();
    const { outcome } = await commitImport(staff, "towns", table);
    const elapsed = (performance.now() - start) / 1000;
    report(`towns: imported in ${elapsed.toFixed(1)} s`);
    expect(outcome?.created).toBe(count);
    expect(await testDb.town.count()).toBe(count);
    expect(await testDb.auditEntry.count({ where: { action: "town.create" } })).toBe(count);
    expect(elapsed).toBeLessThan(120);
  }, 900_000);

  it("imports 10,000 delegations in one go", async () => {
    const staff = await createStaff();
    await testDb.sector.create({ data: { code: "CULTURE", nameFr: "Culture", nameEn: "Culture" } });
    await testDb.destination.create({ data: { city: "Xiamen", countryCode: "CN" } });
    const header = [
      "Titre",
      "Statut",
      "Motif de l'annulation",
      "Ville d'origine",
      "Pays d'origine",
      "Arrivée (heure de Paris)",
      "Départ (heure de Paris)",
      "Nombre de personnes",
      "Chargé de mission qui accueille",
      "Programme",
      "Secteurs",
      "Partenaires mobilisés",
    ];
    const file = csvFile(
      header,
      rows(maxImportRows, (index) => {
        const day = `2015-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 28) + 1).padStart(2, "0")}`;
        return [
          `Délégation ${index + 1}`,
          "Accueillie",
          "",
          index % 2 ? "Xiamen" : "",
          index % 2 ? "" : "IT",
          `${day} 09:00`,
          `${day} 18:00`,
          "6",
          "Sophie",
          "",
          "Culture",
          "",
        ];
      }),
    );
    let start = performance.now();
    const table = await readSpreadsheet(file);
    const preview = await previewImport(staff, "delegations", table);
    report(`delegations: read and checked in ${seconds(start)} s`);
    expect(preview.counts.new).toBe(maxImportRows);
    start = performance.now();
    const { outcome } = await commitImport(staff, "delegations", table);
    const elapsed = (performance.now() - start) / 1000;
    report(`delegations: imported in ${elapsed.toFixed(1)} s`);
    expect(outcome?.created).toBe(maxImportRows);
    expect(await testDb.delegation.count({ where: { status: "WELCOMED" } })).toBe(maxImportRows);
    expect(elapsed).toBeLessThan(300);
  }, 900_000);

  it("refuses a file of more rows than that as a whole, reading nothing", async () => {
    const file = csvFile(
      ["Commune"],
      rows(maxImportRows + 1, (index) => [`Commune ${index}`]),
    );
    await expect(readSpreadsheet(file)).rejects.toEqual(
      new SpreadsheetFileError("tooManyRows", { max: maxImportRows }),
    );
  });
});

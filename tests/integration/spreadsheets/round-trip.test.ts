import { describe, expect, it } from "vitest";
import { getKeyFigures } from "@/lib/dashboard/figures";
import { exportList } from "@/lib/spreadsheets/export/run-export";
import type { ImportAreaName } from "@/lib/spreadsheets/import/definitions";
import { commitImport } from "@/lib/spreadsheets/import/run-import";
import { readSpreadsheet } from "@/lib/spreadsheets/read-spreadsheet";
import { seedDemoData } from "@/prisma/demo/seed";
import { testDb } from "../setup/database";
import { demoStaff, snapshotRecords, wipeImportableRecords } from "./snapshot";

// The round trip decision 012 promises: an export of every importable area, imported into a database holding only
// the reference data, gives back the same records and the same figures for every year.

/** In the order links need: joint actions name the missions, delegations and events imported before them. */
const areas: ImportAreaName[] = ["towns", "missions", "delegations", "events", "joint-actions"];

const figures = () => getKeyFigures(2010, 2030, testDb);

describe("export then import", () => {
  it.each([
    { format: "csv", exportLocale: "fr" },
    { format: "xlsx", exportLocale: "en" },
  ] as const)(
    "gives back the same records and figures ($format, exported in $exportLocale)",
    async ({ format, exportLocale }) => {
      expect(await seedDemoData(testDb)).toBe(true);
      const before = await snapshotRecords();
      const figuresBefore = await figures();
      expect(figuresBefore.find((year) => year.year === 2016)).toMatchObject({
        missionsCarriedOut: 13,
        delegationsWelcomed: 52,
        internationalEventsOrganised: 32,
        connectedTowns: 50,
      });

      const exporter = await demoStaff(exportLocale);
      const files = new Map<ImportAreaName, Uint8Array>();
      for (const area of areas) files.set(area, (await exportList(area, exporter, {}, format)).body);

      await wipeImportableRecords();
      expect(
        (await figures()).every(
          (year) =>
            year.missionsCarriedOut +
              year.delegationsWelcomed +
              year.internationalEventsOrganised +
              year.connectedTowns ===
            0,
        ),
      ).toBe(true);

      // Imported by someone reading the other language: headers and labels are recognised in either.
      const importer = await demoStaff(exportLocale === "fr" ? "en" : "fr");
      for (const area of areas) {
        const { preview, outcome } = await commitImport(importer, area, await readSpreadsheet(files.get(area)!));
        expect(preview.fileErrors).toEqual([]);
        expect(preview.rows.filter((row) => row.status === "invalid")).toEqual([]);
        expect(outcome?.created).toBe(preview.rows.length);
      }
      const after = await snapshotRecords();
      for (const area of Object.keys(before) as (keyof typeof before)[])
        expect(after[area], area).toEqual(before[area]);
      expect(await figures()).toEqual(figuresBefore);

      // The same files again: every row pairs with the record it created.
      for (const area of areas) {
        const { outcome } = await commitImport(importer, area, await readSpreadsheet(files.get(area)!));
        expect(outcome, area).toMatchObject({ created: 0, updated: 0 });
      }
      expect(await snapshotRecords()).toEqual(before);
    },
  );
});

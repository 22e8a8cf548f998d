import { describe, expect, it } from "vitest";
import { exportList } from "@/lib/spreadsheets/export/run-export";
import { commitImport, previewImport } from "@/lib/spreadsheets/import/run-import";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { createStaff, csvFile, tableOf } from "./helpers";

// The annex of daily allowance rates brought in from a spreadsheet by an administrator (decision 018).

const header = ["Code pays", "Pays", "Taux journalier (€)", "Valable à partir du", "Valable jusqu'au", "Source"];
const demo = "Valeur de démonstration, pas un taux officiel";
const admin = async () => ({ ...(await createActingUser("ADMIN")), locale: "fr" as const });

describe("importing daily allowance rates", () => {
  it("creates each country's rate, audited, and a second import of the same file changes nothing", async () => {
    const file = csvFile(header, [
      ["cn", "Chine", "210,50", "2016-01-01", "", demo],
      ["US", "", "250", "01/01/2015", "31/12/2016", demo],
      ["US", "États-Unis", "262.50", "2017-01-01", "", demo],
    ]);
    const actor = await admin();
    const preview = await previewImport(actor, "allowanceRates", await tableOf(file));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.map((row) => [row.status, row.label])).toEqual([
      ["new", "CN — 2016-01-01"],
      ["new", "US — 2015-01-01"],
      ["new", "US — 2017-01-01"],
    ]);
    const { outcome } = await commitImport(actor, "allowanceRates", await tableOf(file));
    expect(outcome).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(
      await testDb.allowanceRate.findMany({
        orderBy: [{ countryCode: "asc" }, { validFrom: "asc" }],
        select: { countryCode: true, dailyCents: true, validUntil: true },
      }),
    ).toEqual([
      { countryCode: "CN", dailyCents: 21_050, validUntil: null },
      { countryCode: "US", dailyCents: 25_000, validUntil: new Date("2016-12-31T00:00:00Z") },
      { countryCode: "US", dailyCents: 26_250, validUntil: null },
    ]);
    expect(await testDb.auditEntry.count({ where: { action: "allowanceRate.create" } })).toBe(3);

    const again = await commitImport(actor, "allowanceRates", await tableOf(file));
    expect(again.outcome).toEqual({ created: 0, updated: 0, unchanged: 3 });
    // The list's export is a file the import takes back as it is.
    const exported = await exportList("allowanceRates", actor, {}, "xlsx");
    const roundTrip = await commitImport(actor, "allowanceRates", await tableOf(exported.body as Uint8Array));
    expect(roundTrip.outcome).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it("updates the rate a row names by country and first day", async () => {
    const actor = await admin();
    await commitImport(
      actor,
      "allowanceRates",
      await tableOf(csvFile(header, [["CN", "", "210", "2016-01-01", "", demo]])),
    );
    const { outcome } = await commitImport(
      actor,
      "allowanceRates",
      await tableOf(csvFile(header, [["CN", "", "215", "2016-01-01", "2016-12-31", demo]])),
    );
    expect(outcome).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await testDb.allowanceRate.findFirst({ select: { dailyCents: true, version: true } })).toEqual({
      dailyCents: 21_500,
      version: 2,
    });
  });

  it("says what is wrong on each row and writes nothing", async () => {
    const actor = await admin();
    const preview = await previewImport(
      actor,
      "allowanceRates",
      await tableOf(
        csvFile(header, [
          ["XX", "", "100", "2016-01-01", "", demo],
          ["FR", "", "-5", "2016-01-01", "", demo],
          ["DE", "", "100", "2016-05-01", "2016-04-01", ""],
        ]),
      ),
    );
    expect(preview.rows.map((row) => row.errors.map((error) => `${error.column}: ${error.message}`))).toEqual([
      ["Code pays: Saisissez le code ISO du pays en deux lettres (CN, IL, US…)."],
      ["Taux journalier (€): Saisissez un nombre positif ou nul."],
      ["Source: Ce champ est obligatoire.", "Valable jusqu'au: La fin de validité ne peut pas précéder son début."],
    ]);
    expect(await testDb.allowanceRate.count()).toBe(0);
  });

  it("tells, before anything is written, which rows give a country two rates for one day", async () => {
    const actor = await admin();
    await commitImport(
      actor,
      "allowanceRates",
      await tableOf(csvFile(header, [["IL", "", "180", "2016-01-01", "", demo]])),
    );
    const overlapping = csvFile(header, [
      ["CN", "", "210", "2016-01-01", "", demo],
      ["CN", "", "220", "2016-06-01", "", demo],
      ["IL", "", "190", "2017-01-01", "", demo],
      // Ending the stored Israeli rate in the same file makes room for the new one.
      ["JP", "", "300", "2016-01-01", "2016-12-31", demo],
      ["JP", "", "310", "2017-01-01", "", demo],
    ]);
    const { preview, outcome } = await commitImport(actor, "allowanceRates", await tableOf(overlapping));
    expect(outcome).toBeNull();
    expect(preview.rows.map((row) => [row.row, row.status, row.errors.map((error) => error.column)])).toEqual([
      [2, "invalid", ["Valable à partir du"]],
      [3, "invalid", ["Valable à partir du"]],
      [4, "invalid", ["Valable à partir du"]],
      [5, "new", []],
      [6, "new", []],
    ]);
    // The new rate before the row ending the stored one: the commit would meet the old days first.
    const reversed = csvFile(header, [
      ["IL", "", "190", "2017-01-01", "", demo],
      ["IL", "", "180", "2016-01-01", "2016-12-31", demo],
    ]);
    const refused = await previewImport(actor, "allowanceRates", await tableOf(reversed));
    expect(refused.rows.map((row) => row.status)).toEqual(["invalid", "updated"]);
    const fixed = csvFile(header, [
      ["IL", "", "180", "2016-01-01", "2016-12-31", demo],
      ["IL", "", "190", "2017-01-01", "", demo],
    ]);
    expect((await commitImport(actor, "allowanceRates", await tableOf(fixed))).outcome).toEqual({
      created: 1,
      updated: 1,
      unchanged: 0,
    });
    expect(await testDb.allowanceRate.count()).toBe(2);
  });

  it("is for administrators: staff are refused", async () => {
    const file = csvFile(header, [["CN", "", "210", "2016-01-01", "", demo]]);
    await expect(previewImport(await createStaff(), "allowanceRates", await tableOf(file))).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

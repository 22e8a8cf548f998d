import { describe, expect, it } from "vitest";
import { commitImport, previewImport } from "@/lib/spreadsheets/import/run-import";
import { readSpreadsheet } from "@/lib/spreadsheets/read-spreadsheet";
import { testDb } from "../setup/database";
import { createReferenceData, createStaff, csvFile, missionHeader } from "./helpers";

function missionRow(changes: Partial<Record<(typeof missionHeader)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    Titre: "Mission Haïfa — recherche",
    Statut: "Réalisée",
    "Premier jour": "2016-11-28",
    "Dernier jour": "2016-11-30",
    Destinations: "Haïfa",
    Secteurs: "Recherche",
    "Budget (€)": "12000",
  };
  return missionHeader.map((column) => changes[column] ?? base[column] ?? "");
}

const previewOf = async (rows: string[][]) =>
  previewImport(await createStaff("en"), "missions", await readSpreadsheet(csvFile(missionHeader, rows)));

describe("names and statuses in an import", () => {
  it("asks which one when a name fits several records, and accepts the precise form", async () => {
    await createReferenceData();
    await testDb.destination.createMany({
      data: [
        { city: "Paris", countryCode: "FR" },
        { city: "Paris", countryCode: "US" },
      ],
    });
    const preview = await previewOf([
      missionRow({ Destinations: "Paris" }),
      missionRow({ Titre: "Autre", Destinations: "paris (us)" }),
    ]);
    expect(preview.rows[0]?.errors).toEqual([
      { column: "Destinations", message: "Several records are named “Paris”: say which, for example Paris (FR)." },
    ]);
    expect(preview.rows[1]?.status).toBe("new");
  });

  it("refuses unknown and newly chosen archived names, each on its column", async () => {
    await createReferenceData();
    await testDb.sector.update({ where: { code: "RESEARCH" }, data: { archivedAt: new Date() } });
    const preview = await previewOf([
      missionRow({ Destinations: "Atlantis", "Partenaires (sigle | rôle | apport en €)": "TCA | Lead | 10\nXYZ" }),
    ]);
    expect(preview.rows[0]?.errors).toEqual([
      { column: "Destinations", message: "“Atlantis” does not exist." },
      { column: "Partners (short name | role | contribution in €)", message: "line 2: “XYZ” does not exist." },
      { column: "Sectors", message: "“Research” is archived: it can no longer be chosen." },
    ]);
  });

  it("applies the end-state rules of statuses to new records and the status flow to existing ones", async () => {
    const staff = await createStaff();
    await createReferenceData();
    const future = missionRow({ "Premier jour": "2098-01-01", "Dernier jour": "2098-01-02" });
    const cancelled = missionRow({ Titre: "Annulée sans motif", Statut: "Annulée" });
    const rules = await previewImport(
      staff,
      "missions",
      await readSpreadsheet(csvFile(missionHeader, [future, cancelled])),
    );
    expect(rules.rows.map((row) => row.errors.map((error) => error.message))).toEqual([
      ["Une mission ne peut être réalisée avant son premier jour."],
      ["Donnez le motif de l'annulation."],
    ]);
    await commitImport(staff, "missions", await readSpreadsheet(csvFile(missionHeader, [missionRow()])));
    // Completed is final: a file cannot take it back to planned.
    const back = await previewImport(
      staff,
      "missions",
      await readSpreadsheet(csvFile(missionHeader, [missionRow({ Statut: "Approuvée", "Budget (€)": "13000" })])),
    );
    expect(back.rows[0]?.errors).toEqual([
      { column: "Statut", message: "Le statut ne peut passer de « Réalisée » à « Approuvée »." },
    ]);
    const budget = await commitImport(
      staff,
      "missions",
      await readSpreadsheet(csvFile(missionHeader, [missionRow({ "Budget (€)": "13 000,50" })])),
    );
    expect(budget.outcome).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await testDb.mission.findFirst({ select: { budgetCents: true, status: true, version: true } })).toEqual({
      budgetCents: 1_300_050,
      status: "COMPLETED",
      version: 3,
    });
    const audit = await testDb.auditEntry.findMany({ orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((entry) => entry.action)).toEqual(["mission.create", "mission.changeStatus", "mission.update"]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { changeMissionStatus, createMission } from "@/lib/missions/mutations";
import { exportList } from "@/lib/spreadsheets/export/run-export";
import { commitImport, previewImport } from "@/lib/spreadsheets/import/run-import";
import { buildMissionInput } from "@/tests/factories/missions";
import { testDb } from "../setup/database";
import { createReferenceData, createStaff, csvFile, tableOf } from "./helpers";

// A mission's travellers and cost lines brought in from spreadsheets (decision 024): each row names
// its mission, is judged by the part's own form schema and written by the part's own mutations.

const travellerHeader = [
  "Mission",
  "Qualité",
  "Nom",
  "Fonction",
  "N° de l'ordre de mission",
  "Signataire de l'ordre",
  "Ordre signé le",
  "Ordre valable jusqu'au",
  "N° de la délibération",
  "Date de la délibération",
];
const costHeader = ["Mission", "Catégorie", "Description", "Payé par (vide : la Métropole)", "Prévu (€)", "Réel (€)"];

async function missionWithTca(title: string) {
  const staff = await createStaff();
  const { xiamen } = await createReferenceData();
  const tca = await testDb.partner.findFirstOrThrow({ where: { shortName: "TCA" } });
  const mission = await createMission(
    staff,
    buildMissionInput([xiamen.id], { title, partners: [{ partnerId: tca.id, role: "LEAD", contributionCents: 0 }] }),
  );
  return { staff, mission };
}

describe("importing a mission's travellers", () => {
  let context: Awaited<ReturnType<typeof missionWithTca>>;
  beforeEach(async () => {
    context = await missionWithTca("Mission Xiamen");
  });

  it("adds each traveller with their authority, audited; the same file or the export again changes nothing", async () => {
    const { staff, mission } = context;
    const file = csvFile(travellerHeader, [
      [
        "Mission Xiamen",
        "Agent de la Métropole",
        "Claire Martin",
        "Chargée de mission",
        "OM-2016-041",
        "Le DGS",
        "02/05/2016",
        "2016-05-20",
        "",
        "",
      ],
      [
        "Mission Xiamen (2016-05-10)",
        "Élu",
        "Jean Dupont",
        "Vice-président",
        "",
        "",
        "",
        "",
        "D-2016-118",
        "2016-04-01",
      ],
      ["mission xiamen", "partner", "Li Wei", "", "", "", "", "", "", ""],
    ]);
    const preview = await previewImport(staff, "mission-travellers", await tableOf(file));
    expect(preview.rows.map((row) => [row.status, row.label, row.errors])).toEqual([
      ["new", "Mission Xiamen (2016-05-10) — Claire Martin", []],
      ["new", "Mission Xiamen (2016-05-10) — Jean Dupont", []],
      ["new", "Mission Xiamen (2016-05-10) — Li Wei", []],
    ]);
    const { outcome } = await commitImport(staff, "mission-travellers", await tableOf(file));
    expect(outcome).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(
      await testDb.missionTraveller.findMany({
        where: { missionId: mission.id },
        orderBy: { createdAt: "asc" },
        select: { kind: true, name: true, orderNumber: true, orderSignedOn: true, deliberationNumber: true },
      }),
    ).toEqual([
      {
        kind: "STAFF",
        name: "Claire Martin",
        orderNumber: "OM-2016-041",
        orderSignedOn: new Date("2016-05-02T00:00:00Z"),
        deliberationNumber: "",
      },
      { kind: "ELECTED", name: "Jean Dupont", orderNumber: "", orderSignedOn: null, deliberationNumber: "D-2016-118" },
      { kind: "PARTNER", name: "Li Wei", orderNumber: "", orderSignedOn: null, deliberationNumber: "" },
    ]);
    expect(await testDb.auditEntry.count({ where: { action: "missionTraveller.create" } })).toBe(3);

    expect((await commitImport(staff, "mission-travellers", await tableOf(file))).outcome).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    const exported = await exportList("mission-travellers", staff, {}, "xlsx");
    expect((await commitImport(staff, "mission-travellers", await tableOf(exported.body))).outcome).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it("updates the traveller a row names by mission and name, and says what is wrong without writing", async () => {
    const { staff } = context;
    const first = ["Mission Xiamen", "STAFF", "Claire Martin", "", "OM-1", "", "2016-05-02", "", "", ""];
    await commitImport(staff, "mission-travellers", await tableOf(csvFile(travellerHeader, [first])));
    const renewed = [...first];
    renewed[4] = "OM-2";
    expect(
      (await commitImport(staff, "mission-travellers", await tableOf(csvFile(travellerHeader, [renewed])))).outcome,
    ).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await testDb.missionTraveller.findFirst({ select: { orderNumber: true, version: true } })).toEqual({
      orderNumber: "OM-2",
      version: 2,
    });

    const wrong = csvFile(travellerHeader, [
      ["Mission Tokyo", "STAFF", "A. Nobody", "", "", "", "", "", "", ""],
      ["", "STAFF", "B. Nobody", "", "", "", "", "", "", ""],
      ["Mission Xiamen", "STAFF", "C. Nobody", "", "OM-3", "", "2016-05-10", "2016-05-01", "", ""],
      ["Mission Xiamen", "Stagiaire", "D. Nobody", "", "", "", "", "", "", ""],
    ]);
    const { preview, outcome } = await commitImport(staff, "mission-travellers", await tableOf(wrong));
    expect(outcome).toBeNull();
    expect(preview.rows.map((row) => row.errors.map((error) => error.column))).toEqual([
      ["Mission"],
      ["Mission"],
      ["Ordre valable jusqu'au"],
      ["Qualité"],
    ]);
    expect(preview.rows[3]?.errors[0]?.message).toBe(
      "« Stagiaire » n'est pas une valeur possible (Agent de la Métropole, Élu, Représentant d'un partenaire).",
    );
    expect(await testDb.missionTraveller.count()).toBe(1);
  });
});

describe("importing a mission's cost lines", () => {
  it("adds lines paid by the Métropole or a partner, pairs rows with lines on a second import, and refuses a payer not taking part", async () => {
    const { staff, mission } = await missionWithTca("Mission Xiamen");
    const file = csvFile(costHeader, [
      ["Mission Xiamen", "Transport", "Vols Nice–Xiamen", "", "3 200,50", ""],
      ["Mission Xiamen", "Location de salle", "Salon de l'hôtel", "TCA", "1200", "1150"],
      ["Mission Xiamen", "Transport", "", "", "150", ""],
      ["Mission Xiamen", "Transport", "", "", "90", ""],
    ]);
    const { outcome } = await commitImport(staff, "mission-costs", await tableOf(file));
    expect(outcome).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(
      await testDb.missionCost.findMany({
        where: { missionId: mission.id },
        orderBy: { createdAt: "asc" },
        select: {
          category: true,
          plannedCents: true,
          actualCents: true,
          payerPartner: { select: { shortName: true } },
        },
      }),
    ).toEqual([
      { category: "TRANSPORT", plannedCents: 320_050, actualCents: null, payerPartner: null },
      { category: "VENUE", plannedCents: 120_000, actualCents: 115_000, payerPartner: { shortName: "TCA" } },
      { category: "TRANSPORT", plannedCents: 15_000, actualCents: null, payerPartner: null },
      { category: "TRANSPORT", plannedCents: 9_000, actualCents: null, payerPartner: null },
    ]);
    // The export in English is read back as it is; then the two lines without description are paired in order.
    const english = await exportList("mission-costs", { ...staff, locale: "en" }, {}, "csv");
    expect(new TextDecoder().decode(english.body)).toContain("Paid by (empty: the Métropole)");
    expect((await commitImport(staff, "mission-costs", await tableOf(english.body))).outcome).toEqual({
      created: 0,
      updated: 0,
      unchanged: 4,
    });
    const actuals = csvFile(costHeader, [
      ["Mission Xiamen", "TRANSPORT", "", "", "150", "160"],
      ["Mission Xiamen", "TRANSPORT", "", "", "90", "85"],
    ]);
    expect((await commitImport(staff, "mission-costs", await tableOf(actuals))).outcome).toEqual({
      created: 0,
      updated: 2,
      unchanged: 0,
    });

    const otcnPays = csvFile(costHeader, [["Mission Xiamen", "Interprétariat", "", "OTCN", "400", ""]]);
    const refused = await previewImport(staff, "mission-costs", await tableOf(otcnPays));
    expect(refused.rows[0]?.errors).toEqual([
      {
        column: "Payé par (vide : la Métropole)",
        message: "Ce partenaire ne participe pas à la mission : choisissez la Métropole ou l'un de ses partenaires.",
      },
    ]);
    expect(await testDb.missionCost.count()).toBe(4);
  });

  it("refuses every row of a mission awaiting a manager's approval", async () => {
    const { staff, mission } = await missionWithTca("Mission Xiamen");
    await changeMissionStatus(staff, { id: mission.id, version: 1, status: "SUBMITTED" });
    const preview = await previewImport(
      staff,
      "mission-costs",
      await tableOf(csvFile(costHeader, [["Mission Xiamen", "Transport", "", "", "100", ""]])),
    );
    expect(preview.rows.map((row) => [row.status, row.errors.map((error) => error.column)])).toEqual([
      ["invalid", ["Mission"]],
    ]);
  });
});

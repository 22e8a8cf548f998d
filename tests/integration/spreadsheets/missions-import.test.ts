import { describe, expect, it } from "vitest";
import { commitImport, previewImport } from "@/lib/spreadsheets/import/run-import";
import { testDb } from "../setup/database";
import { createReferenceData, createStaff, csvFile, missionHeader, recordCounts, tableOf } from "./helpers";

const xiamenRow = [
  "Mission Xiamen — Carnaval",
  "Réalisée",
  "",
  "2016-03-07",
  "10/03/2016",
  "Xiamen",
  "Culture; Smart Cities",
  "INVESTMENT",
  "OTCN | Chef de file | 7000\nTCA | participant | 1 500,50",
  "Jean Dupont | Élu ou officiel | Métropole",
  "2016-03-08 | 09:30 | Signature | Xiamen | 厦门文化旅游集团",
  "32000",
  "28",
  "5",
  "Licence de la marque",
  "",
  "1",
  "Préparer le premier Carnaval de Nice à Xiamen",
  "Hôtel : quartier de Siming.",
];

describe("importing missions", () => {
  it("previews, then creates the records with their links, status and audit entries, and a second import changes nothing", async () => {
    const staff = await createStaff();
    await createReferenceData();
    const table = await tableOf(csvFile(missionHeader, [xiamenRow]));
    const preview = await previewImport(staff, "missions", table);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows).toEqual([expect.objectContaining({ row: 2, status: "new", errors: [] })]);
    expect(await testDb.mission.count()).toBe(0);

    const { outcome } = await commitImport(staff, "missions", table);
    expect(outcome).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const mission = await testDb.mission.findFirstOrThrow({
      include: {
        destinations: true,
        sectors: true,
        objectives: true,
        partners: { include: { partner: true } },
        participants: true,
        agenda: true,
      },
    });
    expect(mission).toMatchObject({
      title: "Mission Xiamen — Carnaval",
      status: "COMPLETED",
      budgetCents: 3_200_000,
      contactsCount: 28,
      leadsCount: 5,
      lettersOfIntentCount: 1,
      nextSteps: "Préparer le premier Carnaval de Nice à Xiamen",
      practicalNotes: "Hôtel : quartier de Siming.",
    });
    expect(mission.agenda).toEqual([
      expect.objectContaining({
        time: "09:30",
        title: "Signature",
        location: "Xiamen",
        counterpart: "厦门文化旅游集团",
      }),
    ]);
    expect(mission.endDate).toEqual(new Date("2016-03-10T00:00:00Z"));
    expect(mission.sectors.map((sector) => sector.code).sort()).toEqual(["CULTURE", "SMART_CITIES"]);
    expect(mission.partners.map((link) => [link.partner.shortName, link.role, link.contributionCents]).sort()).toEqual([
      ["OTCN", "LEAD", 700_000],
      ["TCA", "PARTICIPANT", 150_050],
    ]);
    expect(mission.participants).toEqual([
      expect.objectContaining({ name: "Jean Dupont", kind: "OFFICIAL", organisation: "Métropole" }),
    ]);
    const audit = await testDb.auditEntry.findMany({ orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((entry) => entry.action)).toEqual(["mission.create", "mission.changeStatus"]);

    const before = await recordCounts();
    const again = await commitImport(staff, "missions", await tableOf(csvFile(missionHeader, [xiamenRow])));
    expect(again.outcome).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await recordCounts()).toEqual(before);
  });
});

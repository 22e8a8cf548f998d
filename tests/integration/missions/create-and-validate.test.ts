import { beforeEach, describe, expect, it } from "vitest";
import { createMissionSchema } from "@/lib/missions/schemas";
import { createMission } from "@/lib/missions/mutations";
import { getMission } from "@/lib/missions/queries";
import { buildMissionInput, missionFormFields } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, formIssues, rejection, type MissionReferences } from "./helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

function petersburgMission() {
  return buildMissionInput([refs.petersburg.id, refs.houston.id], {
    title: "Saint-Pétersbourg — start-ups niçoises et Ballet Nice Méditerranée",
    startDate: "2015-10-05",
    endDate: "2015-10-09",
    sectorIds: [refs.smartCities.id, refs.culture.id],
    objectiveIds: [refs.investment.id],
    budgetCents: 4_500_000,
    partners: [
      { partnerId: refs.tca.id, role: "LEAD", contributionCents: 1_200_000 },
      { partnerId: refs.otcn.id, role: "CO_ORGANISER", contributionCents: 350_050 },
      { partnerId: refs.bnm.id, role: "PARTICIPANT", contributionCents: 0 },
    ],
    participants: [
      { name: "Philippe Rossi", kind: "OFFICIAL", organisation: "Métropole Nice Côte d'Azur" },
      { name: "Azur Sensors", kind: "STARTUP", organisation: "" },
    ],
    agenda: [
      { day: "2015-10-06", time: "10:00", title: "Rencontres B2B", location: "Technopark" },
      { day: "2015-10-05", time: "", title: "Arrivée", location: "" },
    ],
  });
}

describe("creating a mission", () => {
  it("stores two destinations, three partners, participants and agenda from the submitted form, audited", async () => {
    const staff = await createActingUser("STAFF");
    // Through the form's schema, as the action does: euros typed French-style come back as cents.
    const input = createMissionSchema.parse(missionFormFields(petersburgMission()));
    const { id } = await createMission(staff, input);

    const mission = await getMission(staff, id);
    expect(mission).toMatchObject({
      title: "Saint-Pétersbourg — start-ups niçoises et Ballet Nice Méditerranée",
      status: "DRAFT",
      version: 1,
      budgetCents: 4_500_000,
      startDate: new Date("2015-10-05T00:00:00Z"),
      endDate: new Date("2015-10-09T00:00:00Z"),
      partnerTotalCents: 1_550_050,
    });
    expect(mission?.destinations.map((item) => item.label)).toEqual(["Houston (US)", "Saint-Pétersbourg (RU)"]);
    expect(mission?.sectors.map((item) => item.id).sort()).toEqual([refs.smartCities.id, refs.culture.id].sort());
    expect(mission?.partners.map((partner) => [partner.shortName, partner.role, partner.contributionCents])).toEqual([
      ["TCA", "LEAD", 1_200_000],
      ["OTCN", "CO_ORGANISER", 350_050],
      ["BNM", "PARTICIPANT", 0],
    ]);
    expect(mission?.participants.map((participant) => participant.name)).toEqual(["Philippe Rossi", "Azur Sensors"]);
    // Shown by day and time, whatever the order typed.
    expect(mission?.agenda.map((item) => item.title)).toEqual(["Arrivée", "Rencontres B2B"]);

    const [entry, ...others] = await auditEntries(id);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ action: "mission.create", entityType: "Mission", actorId: staff.id });
    expect(entry?.changes).toMatchObject({
      title: { before: null, after: "Saint-Pétersbourg — start-ups niçoises et Ballet Nice Méditerranée" },
      destinations: { before: null, after: "Houston (US), Saint-Pétersbourg (RU)" },
      partners: { before: null, after: expect.stringContaining("TCA (LEAD, 12") },
    });
  });
});

describe("a refused mission changes nothing", () => {
  async function expectNothingStored() {
    expect(await testDb.mission.count()).toBe(0);
    expect(await testDb.missionPartner.count()).toBe(0);
    expect(await auditEntries()).toEqual([]);
  }

  it("is refused by the form: dates in the wrong order, a negative contribution, an over-long title", async () => {
    const fields = missionFormFields(petersburgMission());
    expect(formIssues({ ...fields, startDate: "2015-10-09", endDate: "2015-10-05" })).toEqual({
      endDate: ["endBeforeStart"],
    });
    expect(formIssues({ ...fields, "partners.1.contribution": "-350" })).toEqual({
      "partners.1.contribution": ["notNegative"],
    });
    expect(formIssues({ ...fields, title: "M".repeat(201) })).toEqual({ title: ["tooLong"] });
    await expectNothingStored();
  });

  it("is refused by the database too when the form is bypassed", async () => {
    const staff = await createActingUser("STAFF");
    await expect(
      createMission(staff, { ...petersburgMission(), startDate: "2015-10-09", endDate: "2015-10-05" }),
    ).rejects.toThrow(/Mission_dates_in_order/);
    const negative = petersburgMission();
    negative.partners[1] = { partnerId: refs.otcn.id, role: "CO_ORGANISER", contributionCents: -1 };
    await expect(createMission(staff, negative)).rejects.toThrow(/MissionPartner_contribution_not_negative/);
    await expectNothingStored();
  });

  it("refuses an archived sector and an unknown partner, on their fields", async () => {
    const staff = await createActingUser("STAFF");
    await testDb.sector.update({ where: { id: refs.culture.id }, data: { archivedAt: new Date() } });
    await expect(createMission(staff, petersburgMission())).rejects.toEqual(
      rejection("unknownReference", { sectorIds: ["unknownReference"] }),
    );
    const unknownPartner = buildMissionInput([refs.houston.id], {
      partners: [{ partnerId: "c-no-such-partner", role: "LEAD", contributionCents: 0 }],
    });
    await expect(createMission(staff, unknownPartner)).rejects.toEqual(
      rejection("unknownReference", { partners: ["unknownReference"] }),
    );
    await expectNothingStored();
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import type { ConflictError } from "@/lib/action-result";
import { parseListParams } from "@/lib/list-params";
import { missionListSchema } from "@/lib/missions/list-params";
import {
  archiveMission,
  changeMissionStatus,
  createMission,
  restoreMission,
  updateMission,
} from "@/lib/missions/mutations";
import { getMission, listMissions } from "@/lib/missions/queries";
import type { MissionInput } from "@/lib/missions/schemas";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, rejection, type MissionReferences } from "./helpers";

let refs: MissionReferences;
let original: MissionInput;
beforeEach(async () => {
  refs = await createMissionReferences();
  original = buildMissionInput([refs.houston.id], {
    title: "Houston — Smart Cities",
    sectorIds: [refs.smartCities.id],
    budgetCents: 1_000_000,
    partners: [{ partnerId: refs.tca.id, role: "LEAD", contributionCents: 500_000 }],
    participants: [{ name: "Claire Martin", kind: "OFFICIAL", organisation: "" }],
    agenda: [{ day: "2016-05-11", time: "09:00", title: "NASA Johnson Space Center", location: "" }],
  });
});

const list = (params: Record<string, string> = {}) => parseListParams(missionListSchema, params);

describe("editing a mission", () => {
  it("replaces fields, link sets and child rows in one audited change", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, original);
    await updateMission(staff, {
      ...original,
      id,
      version: 1,
      title: "Houston et Saint-Pétersbourg",
      destinationIds: [refs.houston.id, refs.petersburg.id],
      sectorIds: [refs.culture.id],
      partners: [
        { partnerId: refs.otcn.id, role: "LEAD", contributionCents: 200_000 },
        { partnerId: refs.bnm.id, role: "PARTICIPANT", contributionCents: 100_000 },
      ],
      participants: [],
      agenda: [{ day: "2016-05-12", time: "", title: "Gala", location: "Mariinsky" }],
    });
    const mission = await getMission(staff, id);
    expect(mission).toMatchObject({
      title: "Houston et Saint-Pétersbourg",
      version: 2,
      partnerTotalCents: 300_000,
      participants: [],
    });
    expect(mission?.destinations).toHaveLength(2);
    expect(mission?.sectors.map((sector) => sector.id)).toEqual([refs.culture.id]);
    expect(mission?.partners.map((partner) => partner.shortName)).toEqual(["OTCN", "BNM"]);
    expect(mission?.agenda.map((item) => item.title)).toEqual(["Gala"]);
    expect(await testDb.missionParticipant.count()).toBe(0);

    const update = (await auditEntries(id)).find((entry) => entry.action === "mission.update");
    expect(update?.changes).toMatchObject({
      title: { before: "Houston — Smart Cities", after: "Houston et Saint-Pétersbourg" },
      participants: { before: "Claire Martin (OFFICIAL)", after: "" },
    });
    expect(update?.changes).not.toHaveProperty("budgetCents");
  });

  it("keeps a link to since-archived reference data, but refuses adding one", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, original);
    await testDb.sector.update({ where: { id: refs.smartCities.id }, data: { archivedAt: new Date() } });
    await testDb.partner.update({ where: { id: refs.bnm.id }, data: { archivedAt: new Date() } });
    await updateMission(staff, { ...original, id, version: 1, title: "Still Smart Cities" });
    const withArchivedPartner = {
      ...original,
      id,
      version: 2,
      partners: [...original.partners, { partnerId: refs.bnm.id, role: "PARTICIPANT" as const, contributionCents: 0 }],
    };
    await expect(updateMission(staff, withArchivedPartner)).rejects.toEqual(
      rejection("unknownReference", { partners: ["unknownReference"] }),
    );
    expect((await getMission(staff, id))?.partners).toHaveLength(1);
  });

  it("refuses the second of two saves from the same version, listing what changed and overwriting nothing", async () => {
    const [staff, admin] = [await createActingUser("STAFF"), await createActingUser("ADMIN")];
    const { id } = await createMission(staff, original);
    await updateMission(staff, { ...original, id, version: 1, title: "Houston — version de Sophie" });

    const late = updateMission(admin, { ...original, id, version: 1, budgetCents: 2_000_000 });
    await expect(late).rejects.toEqual(rejection("conflict"));
    const changed = await late.then(
      () => [],
      (error: ConflictError) => error.changed,
    );
    expect(changed).toEqual(expect.arrayContaining([{ field: "title", current: "Houston — version de Sophie" }]));
    expect(changed.map((change) => change.field)).toContain("budgetCents");

    const mission = await getMission(staff, id);
    expect(mission).toMatchObject({ title: "Houston — version de Sophie", budgetCents: 1_000_000, version: 2 });
    expect((await auditEntries(id)).map((entry) => entry.action)).toEqual(["mission.create", "mission.update"]);
  });

  it("rolls back the change and its audit entry together when the commit fails", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, original);
    // A deferred check fails at commit, after the mission, its rows and the audit entry were written.
    await testDb.$executeRawUnsafe(
      `CREATE FUNCTION refuse_mission_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused'; END $$`,
    );
    await testDb.$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER refuse_mission_commit AFTER UPDATE ON "Mission" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_mission_commit()`,
    );
    try {
      await expect(
        updateMission(staff, { ...original, id, version: 1, title: "Never saved", partners: [] }),
      ).rejects.toThrow(/commit refused/);
    } finally {
      await testDb.$executeRawUnsafe(`DROP TRIGGER refuse_mission_commit ON "Mission"`);
      await testDb.$executeRawUnsafe(`DROP FUNCTION refuse_mission_commit()`);
    }
    expect(await getMission(staff, id)).toMatchObject({
      title: "Houston — Smart Cities",
      version: 1,
      partners: [expect.objectContaining({ shortName: "TCA" })],
    });
    expect((await auditEntries(id)).map((entry) => entry.action)).toEqual(["mission.create"]);
  });
});

describe("archiving a mission", () => {
  it("hides it from the list, makes it read-only, and restoring brings it back, each step audited", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, original);
    await expect(archiveMission(staff, { id, version: 2 })).rejects.toEqual(rejection("conflict"));
    await archiveMission(staff, { id, version: 1 });

    expect((await listMissions(staff, list())).total).toBe(0);
    expect((await listMissions(staff, list({ archived: "true" }))).rows.map((row) => [row.id, row.isArchived])).toEqual(
      [[id, true]],
    );
    expect(await getMission(staff, id)).toMatchObject({ archivedAt: expect.any(Date), version: 2 });

    await expect(updateMission(staff, { ...original, id, version: 2, title: "Changed" })).rejects.toEqual(
      rejection("archived"),
    );
    await expect(changeMissionStatus(staff, { id, version: 2, status: "SUBMITTED" })).rejects.toEqual(
      rejection("archived"),
    );
    // Archiving again changes nothing and succeeds, as in every area.
    await archiveMission(staff, { id, version: 2 });
    expect(await getMission(staff, id)).toMatchObject({ version: 2 });

    await restoreMission(staff, { id, version: 2 });
    expect((await listMissions(staff, list())).rows.map((row) => row.id)).toEqual([id]);
    await updateMission(staff, { ...original, id, version: 3, title: "Changed" });
    expect((await auditEntries(id)).map((entry) => entry.action)).toEqual([
      "mission.create",
      "mission.archive",
      "mission.restore",
      "mission.update",
    ]);
  });
});

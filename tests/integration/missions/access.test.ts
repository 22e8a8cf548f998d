import { beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/session-user";
import { parseListParams } from "@/lib/list-params";
import { missionListSchema } from "@/lib/missions/list-params";
import {
  archiveMission,
  changeMissionStatus,
  createMission,
  restoreMission,
  updateMission,
} from "@/lib/missions/mutations";
import { getMission, hasAnyMission, listMissions } from "@/lib/missions/queries";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, rejection, type MissionReferences } from "./helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

const allMissions = parseListParams(missionListSchema, {});

/** A partner user of an existing organisation. */
async function partnerUserOf(partnerId: string): Promise<ActingUser> {
  const user = await createActingUser("PARTNER");
  await testDb.user.update({ where: { id: user.id }, data: { partnerId } });
  return { ...user, partnerId };
}

describe("who may do what with missions", () => {
  it("lets a manager read everything and change nothing", async () => {
    const staff = await createActingUser("STAFF");
    const manager = await createActingUser("MANAGER");
    const input = buildMissionInput([refs.houston.id], { title: "Houston" });
    const { id } = await createMission(staff, input);

    expect((await listMissions(manager, allMissions)).rows.map((row) => row.title)).toEqual(["Houston"]);
    expect(await getMission(manager, id)).toMatchObject({ title: "Houston" });

    await expect(createMission(manager, input)).rejects.toEqual(rejection("forbidden"));
    await expect(updateMission(manager, { ...input, id, version: 1, title: "Changed by a manager" })).rejects.toEqual(
      rejection("forbidden"),
    );
    await expect(changeMissionStatus(manager, { id, version: 1, status: "SUBMITTED" })).rejects.toEqual(
      rejection("forbidden"),
    );
    await expect(archiveMission(manager, { id, version: 1 })).rejects.toEqual(rejection("forbidden"));
    await expect(restoreMission(manager, { id, version: 1 })).rejects.toEqual(rejection("forbidden"));
    expect(await getMission(manager, id)).toMatchObject({
      title: "Houston",
      status: "DRAFT",
      version: 1,
      archivedAt: null,
    });
    expect(await testDb.mission.count()).toBe(1);
    expect((await auditEntries()).map((entry) => entry.action)).toEqual(["mission.create"]);
  });

  it("shows a partner only the missions their organisation takes part in, read-only", async () => {
    const staff = await createActingUser("STAFF");
    const withTca = await createMission(
      staff,
      buildMissionInput([refs.houston.id], {
        title: "Avec Team Côte d'Azur",
        partners: [
          { partnerId: refs.tca.id, role: "LEAD", contributionCents: 100 },
          { partnerId: refs.otcn.id, role: "PARTICIPANT", contributionCents: 0 },
        ],
      }),
    );
    const withOtcnOnly = await createMission(
      staff,
      buildMissionInput([refs.petersburg.id], {
        title: "Avec l'OTCN seul",
        partners: [{ partnerId: refs.otcn.id, role: "LEAD", contributionCents: 0 }],
      }),
    );
    const withoutPartners = await createMission(
      staff,
      buildMissionInput([refs.houston.id], { title: "Sans partenaire" }),
    );

    const tcaUser = await partnerUserOf(refs.tca.id);
    expect((await listMissions(tcaUser, allMissions)).rows.map((row) => row.title)).toEqual(["Avec Team Côte d'Azur"]);
    // A filter cannot widen the scope.
    expect(
      (await listMissions(tcaUser, parseListParams(missionListSchema, { partner: refs.otcn.id }))).rows.map(
        (row) => row.id,
      ),
    ).toEqual([withTca.id]);
    expect(await getMission(tcaUser, withTca.id)).toMatchObject({
      title: "Avec Team Côte d'Azur",
      partnerTotalCents: 100,
    });
    expect(await getMission(tcaUser, withOtcnOnly.id)).toBeNull();
    expect(await getMission(tcaUser, withoutPartners.id)).toBeNull();

    const otcnUser = await partnerUserOf(refs.otcn.id);
    expect((await listMissions(otcnUser, allMissions)).total).toBe(2);

    const bnmUser = await partnerUserOf(refs.bnm.id);
    expect(await listMissions(bnmUser, allMissions)).toEqual({ rows: [], total: 0 });
    expect(await hasAnyMission(bnmUser)).toBe(false);

    await expect(
      updateMission(tcaUser, { ...buildMissionInput([refs.houston.id]), id: withTca.id, version: 1 }),
    ).rejects.toEqual(rejection("forbidden"));
    await expect(archiveMission(tcaUser, { id: withTca.id, version: 1 })).rejects.toEqual(rejection("forbidden"));
  });
});

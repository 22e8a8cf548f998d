import { beforeEach, describe, expect, it } from "vitest";
import { archiveMission, changeMissionStatus, createMission } from "@/lib/missions/mutations";
import { createTraveller, setTravellerArchived, updateTraveller } from "@/lib/missions/travellers/mutations";
import { listTravellers } from "@/lib/missions/travellers/queries";
import { travellerSchema } from "@/lib/missions/travellers/schemas";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, rejection, type MissionReferences } from "./helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

const officer = {
  kind: "STAFF",
  name: "Sophie Staff",
  role: "Chargée de mission",
  orderNumber: "OM-2017-042",
  orderSignatory: "Directeur général des services",
  orderSignedOn: "2017-04-20",
  orderValidUntil: "2017-05-31",
};
const mayor = { kind: "ELECTED", name: "Christian Estrosi", role: "Président de la Métropole" };
const traveller = (missionId: string, fields: Record<string, string>) =>
  travellerSchema.parse({ ...fields, missionId });

/** An approved mission from 2 to 5 May 2017. */
async function approvedMission() {
  const staff = await createActingUser("STAFF");
  const { id } = await createMission(
    staff,
    buildMissionInput([refs.houston.id], { startDate: "2017-05-02", endDate: "2017-05-05" }),
  );
  await testDb.mission.update({ where: { id }, data: { status: "APPROVED" } });
  return { staff, id };
}

describe("a mission's travellers", () => {
  it("are added and changed by staff, each change audited, and listed with their authority", async () => {
    const { staff, id } = await approvedMission();
    const added = await createTraveller(staff, traveller(id, officer));
    await createTraveller(staff, traveller(id, mayor));
    await updateTraveller(staff, { ...traveller(id, officer), id: added.id, version: 1, role: "Directrice adjointe" });
    expect(
      (await listTravellers(staff, id)).map(({ name, kind, role, orderNumber, orderSignedOn, version }) => ({
        name,
        kind,
        role,
        orderNumber,
        orderSignedOn,
        version,
      })),
    ).toEqual([
      {
        name: "Sophie Staff",
        kind: "STAFF",
        role: "Directrice adjointe",
        orderNumber: "OM-2017-042",
        orderSignedOn: "2017-04-20",
        version: 2,
      },
      {
        name: "Christian Estrosi",
        kind: "ELECTED",
        role: "Président de la Métropole",
        orderNumber: "",
        orderSignedOn: null,
        version: 1,
      },
    ]);
    expect((await auditEntries(added.id)).map((entry) => entry.action)).toEqual([
      "missionTraveller.create",
      "missionTraveller.update",
    ]);
    // Partner users do not see the department's papers.
    expect(await listTravellers(await createActingUser("PARTNER"), id)).toEqual([]);
  });

  it("keep a mission from being confirmed until every Métropole traveller may leave", async () => {
    const { staff, id } = await approvedMission();
    await createTraveller(staff, traveller(id, officer));
    const official = await createTraveller(staff, traveller(id, mayor));
    await createTraveller(staff, traveller(id, { kind: "PARTNER", name: "Paul Partner", role: "Team Côte d'Azur" }));
    await expect(changeMissionStatus(staff, { id, version: 1, status: "CONFIRMED" })).rejects.toEqual(
      rejection("authorityMissing"),
    );
    // The deliberation must come before the day of departure.
    const late = { ...mayor, deliberationNumber: "2017-118", deliberationDate: "2017-05-02" };
    await updateTraveller(staff, { ...traveller(id, late), id: official.id, version: 1 });
    await expect(changeMissionStatus(staff, { id, version: 1, status: "CONFIRMED" })).rejects.toEqual(
      rejection("authorityMissing"),
    );
    await updateTraveller(staff, {
      ...traveller(id, { ...late, deliberationDate: "2017-04-28" }),
      id: official.id,
      version: 2,
    });
    await changeMissionStatus(staff, { id, version: 1, status: "CONFIRMED" });
    expect(await testDb.mission.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({
      status: "CONFIRMED",
    });
  });

  it("are removed by archiving, which no longer holds the confirmation back, and can be put back", async () => {
    const { staff, id } = await approvedMission();
    const official = await createTraveller(staff, traveller(id, mayor));
    await setTravellerArchived(staff, { id: official.id, version: 1, archived: true });
    await changeMissionStatus(staff, { id, version: 1, status: "CONFIRMED" });
    await setTravellerArchived(staff, { id: official.id, version: 2, archived: false });
    expect((await listTravellers(staff, id)).map((row) => [row.name, row.archivedAt])).toEqual([
      ["Christian Estrosi", null],
    ]);
  });

  it("refuse a manager, a stale save, another mission's traveller, bad dates and an archived mission", async () => {
    const { staff, id } = await approvedMission();
    const manager = await createActingUser("MANAGER");
    await expect(createTraveller(manager, traveller(id, officer))).rejects.toEqual(rejection("forbidden"));
    const added = await createTraveller(staff, traveller(id, officer));
    await updateTraveller(staff, { ...traveller(id, officer), id: added.id, version: 1, role: "Chef de projet" });
    await expect(
      updateTraveller(staff, { ...traveller(id, officer), id: added.id, version: 1, role: "Trop tard" }),
    ).rejects.toMatchObject({ code: "conflict" });

    const other = await approvedMission();
    await expect(updateTraveller(staff, { ...traveller(other.id, officer), id: added.id, version: 2 })).rejects.toEqual(
      rejection("notFound"),
    );

    const backwards = travellerSchema.safeParse({ ...officer, orderValidUntil: "2017-04-01", missionId: id });
    expect(backwards.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["orderValidUntil", "orderEndsBeforeSigned"],
    ]);

    await archiveMission(staff, { id, version: 1 });
    await expect(createTraveller(staff, traveller(id, mayor))).rejects.toEqual(rejection("archived"));
    expect(await testDb.missionTraveller.count({ where: { missionId: id } })).toBe(1);
  });
});

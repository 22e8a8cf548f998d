import { describe, expect, it } from "vitest";
import { createJointAction, setJointActionArchived, updateJointAction } from "@/lib/joint-actions/mutations";
import { buildDelegation, buildEvent, buildMission } from "@/prisma/demo/record-builders";
import { buildJointAction, jointActionInput } from "@/tests/factories/joint-actions";
import { buildDestination, buildObjective } from "@/tests/factories/reference";
import { auditEntries, rejection } from "../delegations/helpers";
import { testDb } from "../setup/database";
import { closeYearInDb, createTwoPartners } from "./helpers";

describe("recording joint actions", () => {
  it("files a partner's action under their organisation whatever partnerId is sent, and audits it", async () => {
    const { tca, otcn } = await createTwoPartners();
    const { id } = await createJointAction(
      tca,
      jointActionInput({ title: "Salon MIPIM", partnerId: otcn.partnerId, contactsCount: 12 }),
    );
    expect(await testDb.jointAction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      partnerId: tca.partnerId,
      contactsCount: 12,
      version: 1,
    });
    const [entry] = await auditEntries("JointAction");
    expect(entry).toMatchObject({ action: "jointAction.create", actorId: tca.id, entityId: id });
  });

  it("lets staff record for any organisation (one must be chosen) and refuses managers", async () => {
    const { otcn, staff, manager } = await createTwoPartners();
    await expect(createJointAction(staff, jointActionInput())).rejects.toEqual(rejection("partnerRequired"));
    const { id } = await createJointAction(staff, jointActionInput({ partnerId: otcn.partnerId }));
    expect((await testDb.jointAction.findUniqueOrThrow({ where: { id } })).partnerId).toBe(otcn.partnerId);
    await expect(createJointAction(manager, jointActionInput({ partnerId: otcn.partnerId }))).rejects.toEqual(
      rejection("forbidden"),
    );
    await expect(
      updateJointAction(manager, { ...jointActionInput({ partnerId: otcn.partnerId }), id, version: 1 }),
    ).rejects.toEqual(rejection("forbidden"));
    await expect(setJointActionArchived(manager, { id, version: 1, archived: true })).rejects.toEqual(
      rejection("forbidden"),
    );
  });

  it("lets a partner link only missions, delegations and events their organisation takes part in, and no archived reference", async () => {
    const { tca, otcn, staff } = await createTwoPartners();
    const ownMission = await testDb.mission.create({
      data: { ...buildMission(), partners: { create: { partnerId: tca.partnerId, role: "LEAD" } } },
    });
    const otherMission = await testDb.mission.create({
      data: { ...buildMission(), partners: { create: { partnerId: otcn.partnerId, role: "LEAD" } } },
    });
    const otherDelegation = await testDb.delegation.create({
      data: { ...buildDelegation(), partners: { connect: { id: otcn.partnerId } } },
    });
    const otherEvent = await testDb.internationalEvent.create({
      data: { ...buildEvent(), partners: { connect: { id: otcn.partnerId } } },
    });
    const oldCity = await testDb.destination.create({ data: buildDestination({ archivedAt: new Date() }) });
    const objective = await testDb.objective.create({ data: buildObjective() });
    const refused = createJointAction(
      tca,
      jointActionInput({
        missionId: otherMission.id,
        delegationId: otherDelegation.id,
        eventId: otherEvent.id,
        destinationId: oldCity.id,
      }),
    );
    await expect(refused).rejects.toMatchObject({
      code: "unknownReference",
      fieldErrors: {
        missionId: ["unknownReference"],
        delegationId: ["unknownReference"],
        eventId: ["unknownReference"],
        destinationId: ["unknownReference"],
      },
    });
    expect(await testDb.jointAction.count()).toBe(0);
    await expect(
      createJointAction(tca, jointActionInput({ missionId: ownMission.id, objectiveId: objective.id })),
    ).resolves.toMatchObject({ id: expect.any(String) });
    // Staff link any record.
    await expect(
      createJointAction(staff, jointActionInput({ partnerId: tca.partnerId, delegationId: otherDelegation.id })),
    ).resolves.toBeTruthy();
  });

  it("refuses to create, change or archive an action dated in a closed year, on the date field", async () => {
    const { tca } = await createTwoPartners();
    const action = await testDb.jointAction.create({
      data: buildJointAction(tca.partnerId, { date: new Date("2016-03-01T00:00:00.000Z") }),
    });
    await closeYearInDb(2016);
    const closed = { code: "yearAlreadyClosed", fieldErrors: { date: ["yearAlreadyClosed"] } };
    await expect(createJointAction(tca, jointActionInput({ date: "2016-06-01" }))).rejects.toMatchObject(closed);
    await expect(
      updateJointAction(tca, { ...jointActionInput({ date: "2017-01-10" }), id: action.id, version: 1 }),
    ).rejects.toMatchObject(closed);
    await expect(setJointActionArchived(tca, { id: action.id, version: 1, archived: true })).rejects.toMatchObject(
      closed,
    );
    expect(await testDb.jointAction.count()).toBe(1);
    expect(await auditEntries("JointAction")).toEqual([]);
  });

  it("updates, archives and restores the partner's own action with optimistic locking", async () => {
    const { tca } = await createTwoPartners();
    const { id } = await createJointAction(tca, jointActionInput({ title: "Press trip", contactsCount: 3 }));
    await updateJointAction(tca, {
      ...jointActionInput({ title: "Press trip Milan", contactsCount: 4 }),
      id,
      version: 1,
    });
    const stale = updateJointAction(tca, { ...jointActionInput({ title: "Stale" }), id, version: 1 });
    await expect(stale).rejects.toMatchObject({
      code: "conflict",
      changed: expect.arrayContaining([{ field: "title", current: "Press trip Milan" }]),
    });
    await setJointActionArchived(tca, { id, version: 2, archived: true });
    await expect(updateJointAction(tca, { ...jointActionInput(), id, version: 3 })).rejects.toEqual(
      rejection("archived"),
    );
    await setJointActionArchived(tca, { id, version: 3, archived: false });
    expect(await testDb.jointAction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Press trip Milan",
      contactsCount: 4,
      version: 4,
      archivedAt: null,
    });
    const entries = await auditEntries("JointAction");
    expect(entries.map((entry) => entry.action)).toEqual([
      "jointAction.create",
      "jointAction.update",
      "jointAction.archive",
      "jointAction.restore",
    ]);
    expect(entries[1]?.changes).toMatchObject({ title: { before: "Press trip", after: "Press trip Milan" } });
  });
});

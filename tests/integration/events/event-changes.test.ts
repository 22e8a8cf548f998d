import { describe, expect, it } from "vitest";
import { changeEventStatus, createEvent, setEventArchived, updateEvent } from "@/lib/events/mutations";
import type { EventInput } from "@/lib/events/schemas";
import { eventInput } from "@/tests/factories/events";
import { parisTime } from "@/tests/factories/delegations";
import { buildObjective } from "@/tests/factories/reference";
import { auditActions, createActingUser } from "../accounts/helpers";
import { auditEntries, createReferences, daysFromNow, rejection } from "../delegations/helpers";
import { testDb } from "../setup/database";

const stored = (id: string) => testDb.internationalEvent.findUniqueOrThrow({ where: { id } });

async function createReferencesWithObjectives() {
  const refs = await createReferences();
  const [reach, oldObjective] = await Promise.all([
    testDb.objective.create({ data: buildObjective({ code: "REACH", nameFr: "Rayonnement", nameEn: "Reach" }) }),
    testDb.objective.create({ data: buildObjective({ code: "OLD_GOAL", archivedAt: new Date() }) }),
  ]);
  return { ...refs, reach, oldObjective };
}

describe("recording an event", () => {
  it("links sectors, partners and objectives and audits the creation", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferencesWithObjectives();
    const { id } = await createEvent(
      staff,
      eventInput({
        title: "Sommet Smart City",
        attendance: 0,
        sectorIds: [refs.culture.id],
        partnerIds: [refs.tca.id, refs.otcn.id],
        objectiveIds: [refs.reach.id],
      }),
    );
    const event = await testDb.internationalEvent.findUniqueOrThrow({
      where: { id },
      include: { objectives: true, partners: true },
    });
    expect(event).toMatchObject({ title: "Sommet Smart City", attendance: 0, status: "PLANNED", version: 1 });
    expect(event.objectives.map((objective) => objective.code)).toEqual(["REACH"]);
    const [entry] = await auditEntries("InternationalEvent");
    expect(entry).toMatchObject({ action: "event.create", actorId: staff.id, entityId: id });
    expect(entry?.changes).toMatchObject({
      attendance: { before: null, after: 0 },
      partners: { before: null, after: "OTCN, TCA" },
      objectives: { before: null, after: "REACH" },
      startsAt: { before: null, after: "2017-06-12T07:00:00.000Z" },
    });
  });

  it("refuses unknown and archived references, naming each field, and stores nothing", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferencesWithObjectives();
    const attempts: [Partial<EventInput>, Record<string, string[]>][] = [
      [{ objectiveIds: [refs.oldObjective.id] }, { objectiveIds: ["unknownReference"] }],
      [
        { sectorIds: ["nope"], partnerIds: [refs.oldPartner.id] },
        { sectorIds: ["unknownReference"], partnerIds: ["unknownReference"] },
      ],
    ];
    for (const [overrides, fieldErrors] of attempts) {
      await expect(createEvent(staff, eventInput(overrides))).rejects.toEqual(
        expect.objectContaining({ code: "unknownReference", fieldErrors }),
      );
    }
    expect(await testDb.internationalEvent.count()).toBe(0);
    expect(await auditActions()).toEqual([]);
  });

  it("is refused to managers and partners, who change nothing", async () => {
    const staff = await createActingUser("ADMIN");
    const { id } = await createEvent(staff, eventInput());
    for (const role of ["MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(createEvent(actor, eventInput())).rejects.toEqual(rejection("forbidden"));
      await expect(updateEvent(actor, { ...eventInput(), id, version: 1 })).rejects.toEqual(rejection("forbidden"));
      await expect(changeEventStatus(actor, { id, version: 1, status: "CANCELLED" })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(setEventArchived(actor, { id, version: 1, archived: true })).rejects.toEqual(rejection("forbidden"));
    }
    expect(await stored(id)).toMatchObject({ version: 1, status: "PLANNED", archivedAt: null });
    expect(await auditActions()).toEqual(["event.create"]);
  });
});

describe("editing an event", () => {
  it("saves, bumps the version and audits what changed; a stale version is refused with the stored values", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferencesWithObjectives();
    const input = eventInput({ title: "Carnaval", venue: "Place Masséna", objectiveIds: [refs.reach.id] });
    const { id } = await createEvent(staff, input);
    await updateEvent(staff, { ...input, id, version: 1, attendance: 1200, endsAt: parisTime("2017-06-13T18:00") });
    expect(await stored(id)).toMatchObject({ attendance: 1200, version: 2 });
    expect((await auditEntries("InternationalEvent")).at(-1)?.changes).toEqual({
      attendance: { before: null, after: 1200 },
      endsAt: { before: "2017-06-12T16:00:00.000Z", after: "2017-06-13T16:00:00.000Z" },
    });
    await expect(updateEvent(staff, { ...input, id, version: 1, venue: "Acropolis" })).rejects.toEqual(
      expect.objectContaining({
        code: "conflict",
        changed: [
          { field: "endsAt", current: "2017-06-13 18:00" },
          { field: "venue", current: "Place Masséna" },
          { field: "attendance", current: "1200" },
        ],
      }),
    );
    expect(await stored(id)).toMatchObject({ venue: "Place Masséna", version: 2 });
  });

  it("keeps an objective archived since, but refuses to add one", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferencesWithObjectives();
    const input = eventInput({ objectiveIds: [refs.reach.id] });
    const { id } = await createEvent(staff, input);
    await testDb.objective.update({ where: { id: refs.reach.id }, data: { archivedAt: new Date() } });
    await updateEvent(staff, { ...input, id, version: 1, title: "Renamed" });
    await expect(
      updateEvent(staff, { ...input, id, version: 2, objectiveIds: [refs.reach.id, refs.oldObjective.id] }),
    ).rejects.toEqual(
      expect.objectContaining({ code: "unknownReference", fieldErrors: { objectiveIds: ["unknownReference"] } }),
    );
    expect(await stored(id)).toMatchObject({ title: "Renamed", version: 2 });
  });
});

describe("an event's status and archiving", () => {
  it("is held only once started, can be undone, and cancelled events come back to planned", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createEvent(staff, eventInput({ startsAt: daysFromNow(3), endsAt: daysFromNow(4) }));
    await expect(changeEventStatus(staff, { id, version: 1, status: "HELD" })).rejects.toEqual(
      rejection("invalidStatusChange"),
    );
    await changeEventStatus(staff, { id, version: 1, status: "HELD" }, daysFromNow(3.5));
    await expect(changeEventStatus(staff, { id, version: 2, status: "CANCELLED" })).rejects.toEqual(
      rejection("invalidStatusChange"),
    );
    await changeEventStatus(staff, { id, version: 2, status: "PLANNED" });
    await changeEventStatus(staff, { id, version: 3, status: "CANCELLED" });
    await expect(changeEventStatus(staff, { id, version: 4, status: "HELD" }, daysFromNow(5))).rejects.toEqual(
      rejection("invalidStatusChange"),
    );
    await changeEventStatus(staff, { id, version: 4, status: "PLANNED" });
    await expect(changeEventStatus(staff, { id, version: 4, status: "CANCELLED" })).rejects.toEqual(
      rejection("conflict"),
    );
    expect(await stored(id)).toMatchObject({ status: "PLANNED", version: 5 });
    const changes = (await auditEntries("InternationalEvent"))
      .filter((entry) => entry.action === "event.changeStatus")
      .map((entry) => entry.changes);
    expect(changes).toEqual([
      { status: { before: "PLANNED", after: "HELD" } },
      { status: { before: "HELD", after: "PLANNED" } },
      { status: { before: "PLANNED", after: "CANCELLED" } },
      { status: { before: "CANCELLED", after: "PLANNED" } },
    ]);
  });

  it("is read-only while archived, and editable again once restored", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createEvent(staff, eventInput({ startsAt: daysFromNow(-3), endsAt: daysFromNow(-2) }));
    // Restoring what is not archived changes nothing (the same answer in every area).
    await setEventArchived(staff, { id, version: 1, archived: false });
    expect(await stored(id)).toMatchObject({ archivedAt: null, version: 1 });
    await setEventArchived(staff, { id, version: 1, archived: true });
    await expect(updateEvent(staff, { ...eventInput(), id, version: 2 })).rejects.toEqual(rejection("archived"));
    await expect(changeEventStatus(staff, { id, version: 2, status: "HELD" })).rejects.toEqual(rejection("archived"));
    await setEventArchived(staff, { id, version: 2, archived: false });
    await changeEventStatus(staff, { id, version: 3, status: "HELD" });
    expect(await stored(id)).toMatchObject({ status: "HELD", archivedAt: null, version: 4 });
    expect(await auditActions()).toEqual(["event.create", "event.archive", "event.restore", "event.changeStatus"]);
  });
});

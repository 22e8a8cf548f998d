import { beforeEach, describe, expect, it } from "vitest";
import { countAwaitingApproval, listMissionSteps } from "@/lib/missions/approval-queries";
import { changeMissionStatus, createMission, updateMission } from "@/lib/missions/mutations";
import { getMission } from "@/lib/missions/queries";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, rejection, type MissionReferences } from "./helpers";
import { parisDay } from "@/lib/time";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

const stepsOf = async (id: string) =>
  (await listMissionSteps(await createActingUser("MANAGER"), id))
    .reverse()
    .map((step) => `${step.fromStatus}→${step.toStatus} ${step.actorName}${step.comment ? `: ${step.comment}` : ""}`);

describe("a mission's approval and life cycle", () => {
  it("goes draft → submitted → approved → confirmed → completed, staff and a manager each taking their own steps", async () => {
    const staff = await createActingUser("STAFF");
    const manager = await createActingUser("MANAGER");
    const input = buildMissionInput([refs.houston.id], { startDate: "2016-05-10", endDate: "2016-05-12" });
    const { id } = await createMission(staff, input);
    // Nobody skips the approval, and staff do not approve their own missions.
    await expect(changeMissionStatus(staff, { id, version: 1, status: "APPROVED" })).rejects.toEqual(
      rejection("invalidStatusChange"),
    );
    await expect(changeMissionStatus(manager, { id, version: 1, status: "SUBMITTED" })).rejects.toEqual(
      rejection("forbidden"),
    );
    await changeMissionStatus(staff, { id, version: 1, status: "SUBMITTED" });
    await expect(changeMissionStatus(staff, { id, version: 2, status: "APPROVED" })).rejects.toEqual(
      rejection("forbidden"),
    );
    // What the manager is deciding on does not change under them.
    await expect(updateMission(staff, { ...input, id, version: 2, title: "Changed meanwhile" })).rejects.toEqual(
      rejection("awaitingApproval"),
    );
    await changeMissionStatus(manager, { id, version: 2, status: "APPROVED", comment: "Bon programme." });
    await expect(changeMissionStatus(manager, { id, version: 3, status: "CONFIRMED" })).rejects.toEqual(
      rejection("forbidden"),
    );
    await changeMissionStatus(staff, { id, version: 3, status: "CONFIRMED" });
    await changeMissionStatus(staff, { id, version: 4, status: "COMPLETED" });
    expect(await getMission(staff, id)).toMatchObject({ status: "COMPLETED", title: input.title, version: 5 });

    expect(await stepsOf(id)).toEqual([
      `DRAFT→SUBMITTED ${staff.name}`,
      `SUBMITTED→APPROVED ${manager.name}: Bon programme.`,
      `APPROVED→CONFIRMED ${staff.name}`,
      `CONFIRMED→COMPLETED ${staff.name}`,
    ]);
    expect(
      (await auditEntries(id)).filter((entry) => entry.action === "mission.changeStatus").map((entry) => entry.changes),
    ).toEqual([
      { status: { before: "DRAFT", after: "SUBMITTED" } },
      { status: { before: "SUBMITTED", after: "APPROVED" }, comment: { before: null, after: "Bon programme." } },
      { status: { before: "APPROVED", after: "CONFIRMED" } },
      { status: { before: "CONFIRMED", after: "COMPLETED" } },
    ]);
  });

  it("is returned by a manager with a comment, changed by its author and submitted again", async () => {
    const staff = await createActingUser("STAFF");
    const manager = await createActingUser("MANAGER");
    const input = buildMissionInput([refs.houston.id]);
    const { id } = await createMission(staff, input);
    await changeMissionStatus(staff, { id, version: 1, status: "SUBMITTED" });
    expect(await countAwaitingApproval(manager)).toBe(1);
    expect(await countAwaitingApproval(staff)).toBe(0);

    await expect(changeMissionStatus(manager, { id, version: 2, status: "DRAFT", comment: "  " })).rejects.toEqual(
      rejection("commentRequired", { comment: ["commentRequired"] }),
    );
    await changeMissionStatus(manager, { id, version: 2, status: "DRAFT", comment: "Budget manquant." });
    expect(await countAwaitingApproval(manager)).toBe(0);
    await updateMission(staff, { ...input, id, version: 3, budgetCents: 1_800_000 });
    await changeMissionStatus(staff, { id, version: 4, status: "SUBMITTED" });
    await changeMissionStatus(manager, { id, version: 5, status: "APPROVED" });
    expect(await getMission(staff, id)).toMatchObject({ status: "APPROVED", budgetCents: 1_800_000 });
    expect(await stepsOf(id)).toEqual([
      `DRAFT→SUBMITTED ${staff.name}`,
      `SUBMITTED→DRAFT ${manager.name}: Budget manquant.`,
      `DRAFT→SUBMITTED ${staff.name}`,
      `SUBMITTED→APPROVED ${manager.name}`,
    ]);
  });

  it("is reopened from completed by a manager only, with a reason", async () => {
    const staff = await createActingUser("STAFF");
    const manager = await createActingUser("MANAGER");
    const { id } = await createMission(
      staff,
      buildMissionInput([refs.houston.id], { startDate: "2016-05-10", endDate: "2016-05-12" }),
    );
    await testDb.mission.update({ where: { id }, data: { status: "COMPLETED" } });
    await expect(
      changeMissionStatus(staff, { id, version: 1, status: "CONFIRMED", comment: "Erreur" }),
    ).rejects.toEqual(rejection("forbidden"));
    await expect(changeMissionStatus(manager, { id, version: 1, status: "CONFIRMED" })).rejects.toEqual(
      rejection("commentRequired", { comment: ["commentRequired"] }),
    );
    await changeMissionStatus(manager, {
      id,
      version: 1,
      status: "CONFIRMED",
      comment: "Marquée réalisée par erreur : la mission a été reportée.",
    });
    expect(await getMission(staff, id)).toMatchObject({ status: "CONFIRMED", version: 2 });
  });

  it("refuses partner users and archived missions", async () => {
    const staff = await createActingUser("STAFF");
    const partner = await createActingUser("PARTNER");
    const { id } = await createMission(staff, buildMissionInput([refs.houston.id]));
    await expect(changeMissionStatus(partner, { id, version: 1, status: "SUBMITTED" })).rejects.toEqual(
      rejection("forbidden"),
    );
    await testDb.mission.update({ where: { id }, data: { archivedAt: new Date() } });
    await expect(changeMissionStatus(staff, { id, version: 1, status: "SUBMITTED" })).rejects.toEqual(
      rejection("archived"),
    );
    expect(await listMissionSteps(partner, id)).toEqual([]);
  });

  it("cannot be completed before the mission's first day (Paris calendar)", async () => {
    const staff = await createActingUser("STAFF");
    const today = parisDay();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const { id } = await createMission(
      staff,
      buildMissionInput([refs.houston.id], { startDate: tomorrow, endDate: tomorrow }),
    );
    await testDb.mission.update({ where: { id }, data: { status: "CONFIRMED" } });
    await expect(changeMissionStatus(staff, { id, version: 1, status: "COMPLETED" })).rejects.toEqual(
      rejection("completedBeforeStart"),
    );
    expect(await getMission(staff, id)).toMatchObject({ status: "CONFIRMED", version: 1 });

    const startsToday = await createMission(
      staff,
      buildMissionInput([refs.houston.id], { startDate: today, endDate: tomorrow }),
    );
    await testDb.mission.update({ where: { id: startsToday.id }, data: { status: "CONFIRMED" } });
    await changeMissionStatus(staff, { id: startsToday.id, version: 1, status: "COMPLETED" });
  });

  it("is cancelled from any open status only with a reason, kept on the record; restarting clears it", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, buildMissionInput([refs.houston.id]));
    await changeMissionStatus(staff, { id, version: 1, status: "SUBMITTED" });
    await expect(changeMissionStatus(staff, { id, version: 2, status: "CANCELLED", comment: "  " })).rejects.toEqual(
      rejection("commentRequired", { comment: ["commentRequired"] }),
    );
    await changeMissionStatus(staff, { id, version: 2, status: "CANCELLED", comment: "Visas refusés" });
    expect(await getMission(staff, id)).toMatchObject({ status: "CANCELLED", cancellationReason: "Visas refusés" });
    await expect(changeMissionStatus(staff, { id, version: 3, status: "APPROVED" })).rejects.toEqual(
      rejection("invalidStatusChange"),
    );
    await changeMissionStatus(staff, { id, version: 3, status: "DRAFT" });
    expect(await getMission(staff, id)).toMatchObject({ status: "DRAFT", cancellationReason: null, version: 4 });
  });

  it("refuses a change from a stale version", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, buildMissionInput([refs.houston.id]));
    await changeMissionStatus(staff, { id, version: 1, status: "SUBMITTED" });
    await expect(
      changeMissionStatus(staff, { id, version: 1, status: "CANCELLED", comment: "Doublon" }),
    ).rejects.toEqual(rejection("conflict"));
    expect(await getMission(staff, id)).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(await stepsOf(id)).toHaveLength(1);
  });
});

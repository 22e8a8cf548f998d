import { beforeEach, describe, expect, it } from "vitest";
import { changeMissionStatusSchema } from "@/lib/missions/schemas";
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

describe("a mission's status", () => {
  it("goes draft → planned → confirmed → completed once the mission has started, each change audited", async () => {
    const staff = await createActingUser("STAFF");
    const input = buildMissionInput([refs.houston.id], { startDate: "2016-05-10", endDate: "2016-05-12" });
    const { id } = await createMission(staff, input);
    await expect(changeMissionStatus(staff, { id, version: 1, status: "COMPLETED" })).rejects.toEqual(
      rejection("invalidStatusChange"),
    );
    await changeMissionStatus(staff, { id, version: 1, status: "PLANNED" });
    await changeMissionStatus(staff, { id, version: 2, status: "CONFIRMED" });
    await changeMissionStatus(staff, { id, version: 3, status: "COMPLETED" });
    expect(await getMission(staff, id)).toMatchObject({ status: "COMPLETED", version: 4 });
    // Completed is final.
    await expect(
      changeMissionStatus(staff, { id, version: 4, status: "CANCELLED", cancellationReason: "Too late" }),
    ).rejects.toEqual(rejection("invalidStatusChange"));
    // Nor can its dates move into the future afterwards.
    await expect(
      updateMission(staff, { ...input, id, version: 4, startDate: "2099-01-01", endDate: "2099-01-02" }),
    ).rejects.toEqual(rejection("completedBeforeStart", { startDate: ["completedBeforeStart"] }));
    const changes = (await auditEntries(id))
      .filter((entry) => entry.action === "mission.changeStatus")
      .map((entry) => entry.changes);
    expect(changes).toEqual([
      { status: { before: "DRAFT", after: "PLANNED" } },
      { status: { before: "PLANNED", after: "CONFIRMED" } },
      { status: { before: "CONFIRMED", after: "COMPLETED" } },
    ]);
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

  it("is cancelled only with a reason, kept on the record; reopening clears it", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, buildMissionInput([refs.houston.id]));
    const blank = changeMissionStatusSchema.safeParse({
      id,
      version: "1",
      status: "CANCELLED",
      cancellationReason: " ",
    });
    expect(blank.success ? [] : blank.error.issues.map((issue) => issue.message)).toEqual(["reasonRequired"]);
    await expect(
      changeMissionStatus(staff, { id, version: 1, status: "CANCELLED", cancellationReason: "  " }),
    ).rejects.toEqual(rejection("invalidStatusChange", { cancellationReason: ["invalidStatusChange"] }));

    await changeMissionStatus(staff, { id, version: 1, status: "CANCELLED", cancellationReason: "Visas refusés" });
    expect(await getMission(staff, id)).toMatchObject({ status: "CANCELLED", cancellationReason: "Visas refusés" });
    await expect(changeMissionStatus(staff, { id, version: 2, status: "PLANNED" })).rejects.toEqual(
      rejection("invalidStatusChange"),
    );
    await changeMissionStatus(staff, { id, version: 2, status: "DRAFT" });
    expect(await getMission(staff, id)).toMatchObject({ status: "DRAFT", cancellationReason: null, version: 3 });
    expect((await auditEntries(id)).at(-2)?.changes).toEqual({
      status: { before: "DRAFT", after: "CANCELLED" },
      cancellationReason: { before: null, after: "Visas refusés" },
    });
  });

  it("refuses a change from a stale version", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, buildMissionInput([refs.houston.id]));
    await changeMissionStatus(staff, { id, version: 1, status: "PLANNED" });
    await expect(
      changeMissionStatus(staff, { id, version: 1, status: "CANCELLED", cancellationReason: "Doublon" }),
    ).rejects.toEqual(rejection("conflict"));
    expect(await getMission(staff, id)).toMatchObject({ status: "PLANNED", version: 2 });
  });
});

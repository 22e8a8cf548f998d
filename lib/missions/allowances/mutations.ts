import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { changedFields, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { assertCanEditRecords } from "@/lib/records/access";
import { lockRecord } from "@/lib/records/writes";
import { dateOfDay, dayOf } from "@/lib/time";
import { lockMissionForPart } from "../parent-lock";
import { basisOf, readAllowances } from "./queries";
import type { AllowanceDaysInput, RecordAllowanceCostInput } from "./schemas";

// A mission's daily allowances (records.edit, decision 018): which nights and meals of its days
// are paid, and the computed total recorded as its planned allowance line. Both lock the mission
// first, as every change to a mission's parts does (../parent-lock.ts).

const settingText = (row: { night: string; lunch: string; dinner: string } | undefined) =>
  row ? `night ${row.night}, lunch ${row.lunch}, dinner ${row.dinner}` : null;

/**
 * Saves staff's choices for the mission's days, refused if someone saved others since the page
 * was read (`basis`). Days outside the mission's dates are not kept.
 */
export async function saveAllowanceDays(actor: ActingUser, input: AllowanceDaysInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    await lockMissionForPart(tx, input.missionId);
    const mission = await tx.mission.findUniqueOrThrow({
      where: { id: input.missionId },
      select: { startDate: true, endDate: true, allowanceDays: true },
    });
    if (basisOf(mission.allowanceDays) !== input.basis) throw new DomainError("allowanceChanged");
    const [first, last] = [dayOf(mission.startDate), dayOf(mission.endDate)];
    const days = input.days.filter((row) => row.day >= first && row.day <= last);
    await tx.missionAllowanceDay.deleteMany({ where: { missionId: input.missionId } });
    await tx.missionAllowanceDay.createMany({
      data: days.map((row) => ({ ...row, missionId: input.missionId, day: dateOfDay(row.day) })),
    });
    const before = new Map(mission.allowanceDays.map((row) => [dayOf(row.day), settingText(row)]));
    const after = new Map(days.map((row) => [row.day, settingText(row)]));
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    const changes = changedFields(
      Object.fromEntries(keys.map((day) => [day, before.get(day) ?? null])),
      Object.fromEntries(keys.map((day) => [day, after.get(day) ?? null])),
    );
    if (Object.keys(changes).length === 0) return;
    await recordAudit(tx, {
      actor,
      action: "mission.allowanceDays",
      entityType: "Mission",
      entityId: input.missionId,
      changes,
    });
  });
}

/**
 * Records the computed allowances as the planned amount of the mission's daily allowance line
 * paid by the Métropole (created when there is none), if the computation still gives the total
 * the user saw and every paid day has a rate.
 */
export async function recordAllowanceCost(actor: ActingUser, input: RecordAllowanceCostInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    await lockMissionForPart(tx, input.missionId);
    const read = await readAllowances(tx, input.missionId);
    if (!read) throw new DomainError("notFound");
    if (read.allowances.missingRates.length > 0) throw new DomainError("allowanceRateMissing");
    if (read.allowances.totalCents !== input.expectedCents) throw new DomainError("allowanceChanged");
    const lines = await tx.missionCost.findMany({
      where: { missionId: input.missionId, category: "DAILY_ALLOWANCE", payerPartnerId: null, archivedAt: null },
      select: { id: true, plannedCents: true },
    });
    if (lines.length > 1) throw new DomainError("allowanceLinesAmbiguous");
    const plannedCents = read.allowances.totalCents;
    const line = lines[0];
    if (line) {
      await lockRecord(tx, "MissionCost", line.id);
      if (line.plannedCents === plannedCents) return;
      await tx.missionCost.update({
        where: { id: line.id },
        data: { plannedCents, version: { increment: 1 } },
        select: { id: true },
      });
    }
    const id =
      line?.id ??
      (
        await tx.missionCost.create({
          data: { missionId: input.missionId, category: "DAILY_ALLOWANCE", plannedCents },
          select: { id: true },
        })
      ).id;
    await recordAudit(tx, {
      actor,
      action: line ? "missionCost.update" : "missionCost.create",
      entityType: "MissionCost",
      entityId: id,
      changes: changedFields({ plannedCents: line?.plannedCents ?? null }, { plannedCents }),
    });
  });
}

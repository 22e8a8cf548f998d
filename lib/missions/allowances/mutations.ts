import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { changedFields, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "@/lib/records/access";
import { detailSelectOf, recordValuesOf } from "@/lib/records/read-fields";
import { dateOfDay, dayOf } from "@/lib/time";
import { createCostInTransaction, updateCostInTransaction } from "../costs/mutations";
import { costFields } from "../costs/fields";
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
    const stored = await tx.missionAllowanceDay.findMany({
      where: { missionId: input.missionId },
      select: { day: true, night: true, lunch: true, dinner: true },
    });
    if (basisOf(stored) !== input.basis) throw new DomainError("allowanceChanged");
    await replaceAllowanceDaysInTransaction(tx, actor, input.missionId, input.days);
  });
}

/**
 * Replaces the mission's day choices, audited as one change, inside the caller's transaction,
 * which has locked the mission (the page's save above; the API's mission update). Days outside
 * the mission's dates are not kept.
 */
export async function replaceAllowanceDaysInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  missionId: string,
  requested: AllowanceDaysInput["days"],
): Promise<void> {
  const mission = await tx.mission.findUniqueOrThrow({
    where: { id: missionId },
    select: { startDate: true, endDate: true, allowanceDays: true },
  });
  const [first, last] = [dayOf(mission.startDate), dayOf(mission.endDate)];
  const days = requested.filter((row) => row.day >= first && row.day <= last);
  await tx.missionAllowanceDay.deleteMany({ where: { missionId } });
  await tx.missionAllowanceDay.createMany({
    data: days.map((row) => ({ ...row, missionId, day: dateOfDay(row.day) })),
  });
  const before = new Map(mission.allowanceDays.map((row) => [dayOf(row.day), settingText(row)]));
  const after = new Map(days.map((row) => [row.day, settingText(row)]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes = changedFields(
    Object.fromEntries(keys.map((day) => [day, before.get(day) ?? null])),
    Object.fromEntries(keys.map((day) => [day, after.get(day) ?? null])),
  );
  if (Object.keys(changes).length === 0) return;
  // The mission's version stands for its days' choices too: an API client replacing them at an
  // older version meets a conflict, not a silent overwrite.
  await tx.mission.update({ where: { id: missionId }, data: { version: { increment: 1 } }, select: { id: true } });
  await recordAudit(tx, {
    actor,
    action: "mission.allowanceDays",
    entityType: "Mission",
    entityId: missionId,
    changes,
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
      select: { id: true, version: true, ...detailSelectOf(costFields) },
    });
    if (lines.length > 1) throw new DomainError("allowanceLinesAmbiguous");
    const plannedCents = read.allowances.totalCents;
    const [line] = lines;
    // Written as the cost form writes a line (version, audit), the mission being locked already.
    if (!line) {
      await createCostInTransaction(tx, actor, {
        missionId: input.missionId,
        category: "DAILY_ALLOWANCE",
        description: "",
        payerPartnerId: null,
        plannedCents,
        actualCents: null,
      });
      return;
    }
    const stored = recordValuesOf(costFields, line, actor.locale);
    if (stored.plannedCents === plannedCents) return;
    await updateCostInTransaction(tx, actor, {
      ...stored,
      plannedCents,
      missionId: input.missionId,
      id: line.id,
      version: line.version,
    });
  });
}

import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { assertCanEditRecords } from "@/lib/records/access";
import { setArchived, type ArchiveInput } from "@/lib/records/writes";
import { lockMissionForPart } from "../parent-lock";
import { costFields } from "./fields";
import type { CostInput, UpdateCostInput } from "./schemas";

// A mission's cost lines (records.edit), written the way every declared record is
// (lib/records/declared-writes.ts), each write locking the mission first. A partner pays only for
// a mission it takes part in.

const writes = declaredWrites({
  table: "MissionCost",
  area: "missionCost",
  fields: costFields,
  model: (tx) => modelOf(tx.missionCost),
  extra: { missionId: true },
});

async function lockFor(tx: Prisma.TransactionClient, input: CostInput): Promise<void> {
  const { partnerIds } = await lockMissionForPart(tx, input.missionId);
  if (input.payerPartnerId && !partnerIds.includes(input.payerPartnerId))
    throw new DomainError("payerNotPartner", { payerPartnerId: ["payerNotPartner"] });
}

export async function createCost(actor: ActingUser, input: CostInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return db.$transaction(async (tx) => {
    await lockFor(tx, input);
    return writes.create(tx, actor, input, { missionId: input.missionId });
  });
}

export async function updateCost(actor: ActingUser, input: UpdateCostInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    await lockFor(tx, input);
    const stored = await writes.lock(tx, input.id);
    // A cost line stays with the mission it was added to.
    if (stored.missionId !== input.missionId) throw new DomainError("notFound");
    await writes.update(tx, actor, input);
  });
}

/** Removes a cost line (archived: kept, and put back with restore). */
export async function setCostArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    const cost = await tx.missionCost.findUnique({ where: { id: input.id }, select: { missionId: true } });
    if (!cost) throw new DomainError("notFound");
    await lockMissionForPart(tx, cost.missionId);
    await setArchived(tx, { table: "MissionCost", delegate: tx.missionCost }, actor, input, {
      area: "missionCost",
      entityType: "MissionCost",
    });
  });
}

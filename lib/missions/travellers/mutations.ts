import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCanEditRecords } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { setArchived, type ArchiveInput } from "@/lib/records/writes";
import { lockMissionForPart } from "../parent-lock";
import { travellerFields } from "./fields";
import type { TravellerInput, UpdateTravellerInput } from "./schemas";

// A mission's travellers (records.edit), written the way every declared record is
// (lib/records/declared-writes.ts). Each write first locks the mission's row, so a traveller
// cannot change while the mission is being confirmed (which checks every traveller's authority).

const writes = declaredWrites({
  table: "MissionTraveller",
  area: "missionTraveller",
  fields: travellerFields,
  model: (tx) => modelOf(tx.missionTraveller),
  extra: { missionId: true },
});

export async function createTraveller(actor: ActingUser, input: TravellerInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return db.$transaction(async (tx) => {
    await lockMissionForPart(tx, input.missionId);
    return writes.create(tx, actor, input, { missionId: input.missionId });
  });
}

export async function updateTraveller(actor: ActingUser, input: UpdateTravellerInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    await lockMissionForPart(tx, input.missionId);
    const stored = await writes.lock(tx, input.id);
    // A traveller stays with the mission it was added to.
    if (stored.missionId !== input.missionId) throw new DomainError("notFound");
    await writes.update(tx, actor, input);
  });
}

/** Removes a traveller from the mission (archived: kept, and put back with restore). */
export async function setTravellerArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    const traveller = await tx.missionTraveller.findUnique({ where: { id: input.id }, select: { missionId: true } });
    if (!traveller) throw new DomainError("notFound");
    await lockMissionForPart(tx, traveller.missionId);
    await setArchived(tx, { table: "MissionTraveller", delegate: tx.missionTraveller }, actor, input, {
      area: "missionTraveller",
      entityType: "MissionTraveller",
    });
  });
}

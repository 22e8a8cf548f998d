import "server-only";
import { ConflictError, DomainError, type FieldErrors } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/policy";
import { assertCanEditRecords } from "@/lib/records/access";
import { lockRecord, setArchived } from "@/lib/records/writes";
import { allActive } from "@/lib/reference/options";
import { conflictingFields, describeMission, missionStateSelect, type MissionState } from "./mission-state";
import type { ChangeMissionStatusInput, MissionInput, MissionVersionInput, UpdateMissionInput } from "./schemas";
import { assertStatusChange, isAwaitingApproval } from "./status";
import { getMissionOrderRule } from "@/lib/reference/mission-order-rule/queries";
import { replaceAllowanceDaysInTransaction } from "./allowances/mutations";
import type { AllowanceDaysInput } from "./allowances/schemas";
import { missingAuthority } from "./travellers/authority";
import { travellerAuthorities } from "./travellers/queries";
import { dateOfDay, dayOf, parisDay } from "@/lib/time";

// Changing missions (ADMIN, STAFF; a manager approves, decision 015). Each change is one
// transaction that locks the mission's row, refuses an archived mission or a stale version
// (nothing written), bumps the version and writes its audit entry, so the entry and the change
// commit or roll back together.

/** Reads the mission and locks its row until the transaction ends, so two saves cannot both pass the version check. */
async function lockMission(tx: Prisma.TransactionClient, id: string): Promise<MissionState> {
  await lockRecord(tx, "Mission", id);
  const state = await tx.mission.findUnique({ where: { id }, select: missionStateSelect });
  if (!state) throw new DomainError("notFound");
  return state;
}

/**
 * New links must name existing, non-archived reference data; links the mission already has stay
 * even if their target was archived since. Reported on the form section that holds them.
 */
async function assertReferences(
  input: MissionInput,
  state: MissionState | null,
  client?: Prisma.TransactionClient,
): Promise<void> {
  const checks = [
    ["destinationIds", "destination", input.destinationIds, state?.destinations.map((item) => item.id)],
    ["sectorIds", "sector", input.sectorIds, state?.sectors.map((item) => item.id)],
    ["objectiveIds", "objective", input.objectiveIds, state?.objectives.map((item) => item.id)],
    [
      "partners",
      "partner",
      input.partners.map((partner) => partner.partnerId),
      state?.partners.map((item) => item.partnerId),
    ],
  ] as const;
  const fieldErrors: FieldErrors = {};
  for (const [field, model, ids, linked] of checks) {
    if (!(await allActive(model, [...ids], linked ? [...linked] : [], client)))
      fieldErrors[field] = ["unknownReference"];
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("unknownReference", fieldErrors);
}

function scalarData(input: MissionInput) {
  return {
    title: input.title,
    startDate: dateOfDay(input.startDate),
    endDate: dateOfDay(input.endDate),
    summary: input.summary,
    budgetCents: input.budgetCents,
    contactsCount: input.contactsCount,
    leadsCount: input.leadsCount,
    lettersOfIntentCount: input.lettersOfIntentCount,
    outcomeNotes: input.outcomeNotes,
    nextSteps: input.nextSteps,
    practicalNotes: input.practicalNotes,
  };
}

/** The child rows, in the order typed (positions keep it). */
function childRows(input: MissionInput) {
  return {
    partners: input.partners.map(({ partnerId, role, contributionCents, seeks }) => ({
      partnerId,
      role,
      contributionCents,
      seeks: seeks ?? "",
    })),
    participants: input.participants.map((participant, position) => ({ ...participant, position })),
    agenda: input.agenda.map((item, position) => ({ ...item, day: dateOfDay(item.day), position })),
  };
}

const connectIds = (ids: string[]) => ids.map((id) => ({ id }));

/** What the API writes with a mission besides its form: its days' allowance choices. */
type MissionParts = { allowanceDays?: AllowanceDaysInput["days"] | undefined };

/** Creates the mission; the API's create may also give its days' allowance choices (decision 018). */
export async function createMission(
  actor: ActingUser,
  input: MissionInput,
  parts: MissionParts = {},
): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  await assertReferences(input, null);
  return db.$transaction(async (tx) => {
    const created = await insertMission(tx, actor, input);
    if (parts.allowanceDays) await replaceAllowanceDaysInTransaction(tx, actor, created.id, parts.allowanceDays);
    return created;
  });
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function createMissionInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: MissionInput,
): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  await assertReferences(input, null);
  return insertMission(tx, actor, input);
}

async function insertMission(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: MissionInput,
): Promise<{ id: string }> {
  const rows = childRows(input);
  const created = await tx.mission.create({
    data: {
      ...scalarData(input),
      destinations: { connect: connectIds(input.destinationIds) },
      sectors: { connect: connectIds(input.sectorIds) },
      objectives: { connect: connectIds(input.objectiveIds) },
      partners: { create: rows.partners },
      participants: { create: rows.participants },
      agenda: { create: rows.agenda },
    },
    select: missionStateSelect,
  });
  const after = describeMission(created, "fr");
  const before = Object.fromEntries(Object.keys(after).map((key) => [key, null]));
  await recordAudit(tx, {
    actor,
    action: "mission.create",
    entityType: "Mission",
    entityId: created.id,
    changes: changedFields(before, after),
  });
  return { id: created.id };
}

/** Saves the whole form: fields, link sets and child rows (replaced by the submitted ones). */
/**
 * Saves the mission's form; the API's update may also give its days' allowance choices
 * (decision 018), replaced in the same transaction, at the version the update checked.
 */
export async function updateMission(
  actor: ActingUser,
  input: UpdateMissionInput,
  parts: MissionParts = {},
): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    await updateMissionInTransaction(tx, actor, input);
    if (parts.allowanceDays) await replaceAllowanceDaysInTransaction(tx, actor, input.id, parts.allowanceDays);
  });
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function updateMissionInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: UpdateMissionInput,
): Promise<void> {
  assertCanEditRecords(actor);
  const state = await lockMission(tx, input.id);
  if (state.archivedAt) throw new DomainError("archived");
  if (state.version !== input.version) throw new ConflictError(conflictingFields(state, input, actor.locale));
  // What a manager is deciding on does not change under them: returned, it can be edited again.
  if (isAwaitingApproval(state.status)) throw new DomainError("awaitingApproval");
  await assertReferences(input, state, tx);
  // The dashboard counts a completed mission in the year it started: it cannot move into the future.
  if (state.status === "COMPLETED" && input.startDate > parisDay()) {
    throw new DomainError("completedBeforeStart", { startDate: ["completedBeforeStart"] });
  }
  const rows = childRows(input);
  // Explicit deletes first: Prisma does not promise the order of nested deleteMany and create.
  await tx.missionPartner.deleteMany({ where: { missionId: input.id } });
  await tx.missionParticipant.deleteMany({ where: { missionId: input.id } });
  await tx.missionAgendaItem.deleteMany({ where: { missionId: input.id } });
  const updated = await tx.mission.update({
    where: { id: input.id, version: input.version },
    data: {
      ...scalarData(input),
      version: { increment: 1 },
      destinations: { set: connectIds(input.destinationIds) },
      sectors: { set: connectIds(input.sectorIds) },
      objectives: { set: connectIds(input.objectiveIds) },
      partners: { create: rows.partners },
      participants: { create: rows.participants },
      agenda: { create: rows.agenda },
    },
    select: missionStateSelect,
  });
  await recordAudit(tx, {
    actor,
    action: "mission.update",
    entityType: "Mission",
    entityId: input.id,
    changes: changedFields(describeMission(state, "fr"), describeMission(updated, "fr")),
  });
}

/**
 * Takes one step of the mission's life cycle (lib/missions/status.ts): staff submit, confirm,
 * complete and cancel; a manager approves, returns with a comment or reopens. The step, who took
 * it and why are kept in the mission's history and the audit log.
 */
export async function changeMissionStatus(actor: ActingUser, input: ChangeMissionStatusInput): Promise<void> {
  if (!can(actor, "records.edit") && !can(actor, "missions.approve")) throw new DomainError("forbidden");
  await db.$transaction(async (tx) => {
    const state = await lockMission(tx, input.id);
    if (state.archivedAt) throw new DomainError("archived");
    if (state.version !== input.version) throw new ConflictError([{ field: "status", current: state.status }]);
    const step = assertStatusChange({
      from: state.status,
      to: input.status,
      startDay: dayOf(state.startDate),
      today: parisDay(),
      holds: (capability) => can(actor, capability),
    });
    // Nobody leaves without their authority: every Métropole traveller's order or mandat spécial (decision 016).
    if (step.name === "confirm") {
      const [travellers, orderRule] = [await travellerAuthorities(tx, input.id), await getMissionOrderRule(tx)];
      if (missingAuthority(travellers, dayOf(state.startDate), dayOf(state.endDate), orderRule).length > 0)
        throw new DomainError("authorityMissing");
    }
    const comment = (input.comment ?? "").trim();
    if (step.needsComment && comment === "") throw new DomainError("commentRequired", { comment: ["commentRequired"] });
    const reason = input.status === "CANCELLED" ? comment : null;
    await tx.mission.update({
      where: { id: input.id, version: input.version },
      data: { status: input.status, cancellationReason: reason, version: { increment: 1 } },
      select: { id: true },
    });
    await tx.missionStatusChange.create({
      data: {
        missionId: input.id,
        fromStatus: state.status,
        toStatus: input.status,
        comment,
        actorId: actor.id,
        actorName: actor.name,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "mission.changeStatus",
      entityType: "Mission",
      entityId: input.id,
      changes: changedFields(
        { status: state.status, comment: null },
        { status: input.status, comment: comment === "" ? null : comment },
      ),
    });
  });
}

/** Archives (hides from lists and figures, read-only) or restores a mission (lib/records/writes.ts). */
async function setMissionArchived(actor: ActingUser, input: MissionVersionInput, archived: boolean): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) =>
    setArchived(
      tx,
      { table: "Mission", delegate: tx.mission },
      actor,
      { ...input, archived },
      { area: "mission", entityType: "Mission" },
    ),
  );
}

export const archiveMission = (actor: ActingUser, input: MissionVersionInput) => setMissionArchived(actor, input, true);
export const restoreMission = (actor: ActingUser, input: MissionVersionInput) =>
  setMissionArchived(actor, input, false);

import "server-only";
import { ConflictError, DomainError, type ConflictField, type FieldErrors } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import { type ActingUser } from "@/lib/auth";
import { getClosure } from "@/lib/dashboard/closures";
import { addConflict } from "@/lib/records/links";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "@/lib/records/access";
import { lockRecord, setArchived, type ArchiveInput } from "@/lib/records/writes";
import { roleHasOrganisation } from "@/lib/policy";
import type { JointActionInput, UpdateJointActionInput } from "./schemas";
import { dateOfDay, dayOf } from "@/lib/time";

// Changing joint actions: ADMIN and STAFF for any organisation, a PARTNER user for their own only
// (an action of another organisation is "not found" to them). Each change runs in one transaction
// that locks the row, refuses a stale version, an archived action or a closed year, bumps the
// version and writes its audit entry.

/** The organisation a partner user acts for, or null for staff (who may act for any). */
function ownPartner(actor: ActingUser): string | null {
  if (roleHasOrganisation(actor.role) && actor.partnerId) return actor.partnerId;
  assertCanEditRecords(actor);
  return null;
}

const storedSelect = {
  id: true,
  partnerId: true,
  date: true,
  kind: true,
  title: true,
  description: true,
  missionId: true,
  delegationId: true,
  eventId: true,
  destinationId: true,
  objectiveId: true,
  outcome: true,
  contactsCount: true,
  investorLeadsCount: true,
  version: true,
  archivedAt: true,
} satisfies Prisma.JointActionSelect;

type Stored = Prisma.JointActionGetPayload<{ select: typeof storedSelect }>;

/** Reads the action the actor may change and locks its row until the transaction ends. */
async function lockJointAction(tx: Prisma.TransactionClient, actor: ActingUser, id: string): Promise<Stored> {
  const partnerId = ownPartner(actor);
  await lockRecord(tx, "JointAction", id);
  const stored = await tx.jointAction.findFirst({
    where: { id, ...(partnerId ? { partnerId } : {}) },
    select: storedSelect,
  });
  if (!stored) throw new DomainError("notFound");
  return stored;
}

/** Figures of a closed year are published: its actions can no longer change (the year-close rule). */
async function assertYearOpen(day: string, client?: Prisma.TransactionClient): Promise<void> {
  if (await getClosure(Number(day.slice(0, 4)), client))
    throw new DomainError("yearAlreadyClosed", { date: ["yearAlreadyClosed"] });
}

const linkFields = ["missionId", "delegationId", "eventId", "destinationId", "objectiveId"] as const;

/**
 * Checks the links asked for: they exist, are not archived (unless already linked) and, for a
 * partner, are records their organisation takes part in. Refusals are field-level "unknownReference".
 */
async function checkLinks(
  tx: Prisma.TransactionClient,
  input: JointActionInput,
  partnerId: string,
  scoped: boolean,
  stored: Stored | null,
): Promise<void> {
  const errors: FieldErrors = {};
  const taking = scoped ? partnerId : null;
  for (const field of linkFields) {
    const id = input[field];
    if (!id || id === stored?.[field]) continue;
    const where = { id, archivedAt: null };
    const found =
      field === "missionId"
        ? await tx.mission.count({
            where: { ...where, ...(taking ? { partners: { some: { partnerId: taking } } } : {}) },
          })
        : field === "delegationId"
          ? await tx.delegation.count({
              where: { ...where, ...(taking ? { partners: { some: { id: taking } } } : {}) },
            })
          : field === "eventId"
            ? await tx.internationalEvent.count({
                where: { ...where, ...(taking ? { partners: { some: { id: taking } } } : {}) },
              })
            : field === "destinationId"
              ? await tx.destination.count({ where })
              : await tx.objective.count({ where });
    if (found === 0) errors[field] = ["unknownReference"];
  }
  if (Object.keys(errors).length > 0) throw new DomainError("unknownReference", errors);
}

/** The organisation the action is for: the partner user's own, or the one staff chose (active). */
async function resolvePartner(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  requested: string | null,
  stored: Stored | null,
): Promise<string> {
  const own = ownPartner(actor);
  if (own) return own;
  if (!requested) throw new DomainError("partnerRequired", { partnerId: ["partnerRequired"] });
  if (requested === stored?.partnerId) return requested;
  if ((await tx.partner.count({ where: { id: requested, archivedAt: null } })) === 0)
    throw new DomainError("unknownPartner", { partnerId: ["unknownPartner"] });
  return requested;
}

type AuditView = Record<string, string | number | Date | null>;

function view(values: Omit<Stored, "id" | "version" | "archivedAt">): AuditView {
  return { ...values, date: dayOf(values.date) };
}

function dataOf(input: JointActionInput, partnerId: string) {
  const {
    date,
    kind,
    title,
    description,
    missionId,
    delegationId,
    eventId,
    destinationId,
    objectiveId,
    outcome,
    contactsCount,
    investorLeadsCount,
  } = input;
  return {
    partnerId,
    date: dateOfDay(date),
    kind,
    title,
    description,
    missionId,
    delegationId,
    eventId,
    destinationId,
    objectiveId,
    outcome,
    contactsCount,
    investorLeadsCount,
  };
}

function conflictingFields(stored: Stored, input: JointActionInput): ConflictField[] {
  const changed: ConflictField[] = [];
  addConflict(changed, "date", dayOf(stored.date) !== input.date, dayOf(stored.date));
  for (const field of ["kind", "title", "description", "outcome"] as const)
    addConflict(changed, field, stored[field] !== input[field], stored[field]);
  for (const field of ["contactsCount", "investorLeadsCount"] as const)
    addConflict(changed, field, stored[field] !== input[field], String(stored[field]));
  for (const field of linkFields) addConflict(changed, field, stored[field] !== input[field], stored[field] ?? "");
  return changed;
}

export async function createJointAction(actor: ActingUser, input: JointActionInput): Promise<{ id: string }> {
  ownPartner(actor);
  await assertYearOpen(input.date);
  return db.$transaction((tx) => insertJointAction(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function createJointActionInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: JointActionInput,
): Promise<{ id: string }> {
  ownPartner(actor);
  await assertYearOpen(input.date);
  return insertJointAction(tx, actor, input);
}

async function insertJointAction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: JointActionInput,
): Promise<{ id: string }> {
  const partnerId = await resolvePartner(tx, actor, input.partnerId, null);
  await checkLinks(tx, input, partnerId, roleHasOrganisation(actor.role), null);
  const data = dataOf(input, partnerId);
  const created = await tx.jointAction.create({ data, select: { id: true } });
  const after = view(data);
  const before = Object.fromEntries(Object.keys(after).map((key) => [key, null]));
  await recordAudit(tx, {
    actor,
    action: "jointAction.create",
    entityType: "JointAction",
    entityId: created.id,
    changes: changedFields(before, after),
  });
  return created;
}

export async function updateJointAction(actor: ActingUser, input: UpdateJointActionInput): Promise<void> {
  ownPartner(actor);
  await db.$transaction((tx) => updateJointActionInTransaction(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function updateJointActionInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: UpdateJointActionInput,
): Promise<void> {
  ownPartner(actor);
  const stored = await lockJointAction(tx, actor, input.id);
  if (stored.archivedAt) throw new DomainError("archived");
  if (stored.version !== input.version) throw new ConflictError(conflictingFields(stored, input));
  // Neither the old date nor the new one may fall in a closed year.
  await assertYearOpen(dayOf(stored.date), tx);
  await assertYearOpen(input.date, tx);
  const partnerId = await resolvePartner(tx, actor, input.partnerId, stored);
  await checkLinks(tx, input, partnerId, roleHasOrganisation(actor.role), stored);
  const data = dataOf(input, partnerId);
  await tx.jointAction.update({
    where: { id: stored.id },
    data: { ...data, version: { increment: 1 } },
    select: { id: true },
  });
  const { id: _id, version: _version, archivedAt: _archivedAt, ...before } = stored;
  await recordAudit(tx, {
    actor,
    action: "jointAction.update",
    entityType: "JointAction",
    entityId: stored.id,
    changes: changedFields(view(before), view(data)),
  });
}

/** Archive (soft delete: the action leaves lists and totals) or restore. */
/** Archive or restore (lib/records/writes.ts), within the partner's scope and only in an open year. */
export async function setJointActionArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  ownPartner(actor);
  await db.$transaction(async (tx) => {
    // Another organisation's action is "not found" before anything else.
    const stored = await lockJointAction(tx, actor, input.id);
    await setArchived(
      tx,
      { table: "JointAction", delegate: tx.jointAction },
      actor,
      input,
      { area: "jointAction", entityType: "JointAction" },
      () => assertYearOpen(dayOf(stored.date), tx),
    );
  });
}

import "server-only";
import { DomainError, type ConflictField } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { assertCanEditRecords } from "@/lib/records/access";
import {
  auditViewOf,
  checkLinksOf,
  emptyAuditView,
  lockStored,
  staleFieldsOf,
  writeDataOf,
  type StoredRecord,
} from "@/lib/records/stored-fields";
import { assertEditable, setArchived, type ArchiveInput } from "@/lib/records/writes";
import { delegationFields } from "./fields";
import type { ChangeDelegationStatusInput, DelegationInput, UpdateDelegationInput } from "./schemas";
import { canChangeDelegationStatus } from "./status";

// Changing delegations (ADMIN, STAFF), the way every record is written (decision 014): one
// transaction locks the row, refuses a stale version or an archived record, writes the declared
// fields (lib/delegations/fields.ts), bumps the version and audits.

type StatusColumns = { status: DelegationStatus; cancellationReason: string | null };
type StoredDelegation = StoredRecord<typeof delegationFields, StatusColumns>;

function lockDelegation(tx: Prisma.TransactionClient, id: string): Promise<StoredDelegation> {
  const findUnique = (args: object) => tx.delegation.findUnique(args as never);
  return lockStored<typeof delegationFields, StatusColumns>(tx, "Delegation", findUnique, delegationFields, id, {
    status: true,
    cancellationReason: true,
  });
}

/** The fields someone else changed, with their stored values; the country only counts when no origin city is chosen. */
function conflictingFields(stored: StoredDelegation, input: DelegationInput, locale: "fr" | "en"): ConflictField[] {
  return staleFieldsOf(delegationFields, stored, input, locale).filter(
    (field) => field.field !== "originCountryCode" || !input.originDestinationId,
  );
}

/**
 * Checks the links the input asks for (the ones `stored` already has may be archived) and returns
 * the values to write and their audit view. The country comes from the origin city when there is one.
 */
async function resolveInput(tx: Prisma.TransactionClient, input: DelegationInput, stored: StoredDelegation | null) {
  const links = await checkLinksOf(tx, delegationFields, input, stored);
  const originCountryCode = links.originDestinationId?.[0]?.countryCode ?? input.originCountryCode;
  // The schema requires a city or a country; this guards callers that skip it.
  if (!originCountryCode) throw new DomainError("unknownReference", { originCountryCode: ["unknownReference"] });
  const values = { ...input, originCountryCode };
  return { values, view: auditViewOf(delegationFields, values, links) };
}

export async function createDelegation(actor: ActingUser, input: DelegationInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return db.$transaction((tx) => createDelegationInTransaction(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function createDelegationInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: DelegationInput,
): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  const { values, view } = await resolveInput(tx, input, null);
  const created = await tx.delegation.create({
    data: writeDataOf(delegationFields, values, "create") as Prisma.DelegationUncheckedCreateInput,
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "delegation.create",
    entityType: "Delegation",
    entityId: created.id,
    changes: changedFields(emptyAuditView(view), view),
  });
  return created;
}

export async function updateDelegation(actor: ActingUser, input: UpdateDelegationInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) => updateDelegationInTransaction(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function updateDelegationInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: UpdateDelegationInput,
): Promise<void> {
  assertCanEditRecords(actor);
  const stored = await lockDelegation(tx, input.id);
  assertEditable(stored, input.version, () => conflictingFields(stored, input, actor.locale));
  const { values, view } = await resolveInput(tx, input, stored);
  await tx.delegation.update({
    where: { id: stored.id },
    data: { ...writeDataOf(delegationFields, values, "update"), version: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "delegation.update",
    entityType: "Delegation",
    entityId: stored.id,
    changes: changedFields(auditViewOf(delegationFields, stored.values, stored.links), view),
  });
}

/** EXPECTED → WELCOMED (once arrived) or CANCELLED (with a reason), and back to EXPECTED. */
export async function changeDelegationStatus(
  actor: ActingUser,
  input: ChangeDelegationStatusInput,
  now: Date = new Date(),
): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    const stored = await lockDelegation(tx, input.id);
    assertEditable(stored, input.version, () => []);
    if (!canChangeDelegationStatus(stored.status, input.status, stored.values.arrivalAt, now))
      throw new DomainError("invalidStatusChange");
    const after = {
      status: input.status,
      cancellationReason: input.status === "CANCELLED" ? input.cancellationReason : null,
    };
    await tx.delegation.update({
      where: { id: stored.id },
      data: { ...after, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "delegation.changeStatus",
      entityType: "Delegation",
      entityId: stored.id,
      changes: changedFields({ status: stored.status, cancellationReason: stored.cancellationReason }, after),
    });
  });
}

/** Archive (soft delete: the record leaves lists and figures) or restore (lib/records/writes.ts). */
export async function setDelegationArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) =>
    setArchived(tx, { table: "Delegation", delegate: tx.delegation }, actor, input, {
      area: "delegation",
      entityType: "Delegation",
    }),
  );
}

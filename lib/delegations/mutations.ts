import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { assertCanEditRecords } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { assertEditable, setArchived, type ArchiveInput } from "@/lib/records/writes";
import { delegationFields } from "./fields";
import type { ChangeDelegationStatusInput, DelegationInput, UpdateDelegationInput } from "./schemas";
import { canChangeDelegationStatus } from "./status";

// Changing delegations (ADMIN, STAFF), the way every record is written (decision 014,
// lib/records/declared-writes.ts): one transaction locks the row, refuses a stale version or an archived record, writes the declared
// fields (lib/delegations/fields.ts), bumps the version and audits.

type StatusColumns = { status: DelegationStatus; cancellationReason: string | null };

const writes = declaredWrites<typeof delegationFields, StatusColumns>({
  table: "Delegation",
  area: "delegation",
  fields: delegationFields,
  model: (tx) => modelOf(tx.delegation),
  extra: { status: true, cancellationReason: true },
  // The country comes from the origin city when there is one.
  resolve: (input, links) => {
    const originCountryCode = links.originDestinationId?.[0]?.countryCode ?? input.originCountryCode;
    // The schema requires a city or a country; this guards callers that skip it.
    if (!originCountryCode) throw new DomainError("unknownReference", { originCountryCode: ["unknownReference"] });
    return { ...input, originCountryCode };
  },
  // The stored country only counts when no origin city is chosen: the city's replaces it.
  isConflict: (field, input) => field.field !== "originCountryCode" || !input.originDestinationId,
});

export async function createDelegation(actor: ActingUser, input: DelegationInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return db.$transaction((tx) => writes.create(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export const createDelegationInTransaction = writes.create;

export async function updateDelegation(actor: ActingUser, input: UpdateDelegationInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) => writes.update(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export const updateDelegationInTransaction = writes.update;

/** EXPECTED → WELCOMED (once arrived) or CANCELLED (with a reason), and back to EXPECTED. */
export async function changeDelegationStatus(
  actor: ActingUser,
  input: ChangeDelegationStatusInput,
  now: Date = new Date(),
): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    const stored = await writes.lock(tx, input.id);
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

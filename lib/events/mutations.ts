import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventStatus } from "@/lib/generated/prisma/enums";
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
import { eventFields } from "./fields";
import type { ChangeEventStatusInput, EventInput, UpdateEventInput } from "./schemas";
import { canChangeEventStatus } from "./status";

// Changing international events (ADMIN, STAFF), the way every record is written (decision 014):
// one transaction locks the row, refuses a stale version or an archived record, writes the
// declared fields (lib/events/fields.ts), bumps the version and audits.

type StatusColumns = { status: EventStatus };
type StoredEvent = StoredRecord<typeof eventFields, StatusColumns>;

function lockEvent(tx: Prisma.TransactionClient, id: string): Promise<StoredEvent> {
  const findUnique = (args: object) => tx.internationalEvent.findUnique(args as never);
  return lockStored<typeof eventFields, StatusColumns>(tx, "InternationalEvent", findUnique, eventFields, id, {
    status: true,
  });
}

export async function createEvent(actor: ActingUser, input: EventInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return db.$transaction((tx) => createEventInTransaction(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function createEventInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: EventInput,
): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  const view = auditViewOf(eventFields, input, await checkLinksOf(tx, eventFields, input, null));
  const created = await tx.internationalEvent.create({
    data: writeDataOf(eventFields, input, "create") as Prisma.InternationalEventUncheckedCreateInput,
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "event.create",
    entityType: "InternationalEvent",
    entityId: created.id,
    changes: changedFields(emptyAuditView(view), view),
  });
  return created;
}

export async function updateEvent(actor: ActingUser, input: UpdateEventInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) => updateEventInTransaction(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function updateEventInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: UpdateEventInput,
): Promise<void> {
  assertCanEditRecords(actor);
  const stored = await lockEvent(tx, input.id);
  assertEditable(stored, input.version, () => staleFieldsOf(eventFields, stored, input, actor.locale));
  const view = auditViewOf(eventFields, input, await checkLinksOf(tx, eventFields, input, stored));
  await tx.internationalEvent.update({
    where: { id: stored.id },
    data: { ...writeDataOf(eventFields, input, "update"), version: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "event.update",
    entityType: "InternationalEvent",
    entityId: stored.id,
    changes: changedFields(auditViewOf(eventFields, stored.values, stored.links), view),
  });
}

/** PLANNED → HELD (once started) or CANCELLED, and back to PLANNED. */
export async function changeEventStatus(
  actor: ActingUser,
  input: ChangeEventStatusInput,
  now: Date = new Date(),
): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    const stored = await lockEvent(tx, input.id);
    assertEditable(stored, input.version, () => []);
    if (!canChangeEventStatus(stored.status, input.status, stored.values.startsAt, now))
      throw new DomainError("invalidStatusChange");
    await tx.internationalEvent.update({
      where: { id: stored.id },
      data: { status: input.status, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "event.changeStatus",
      entityType: "InternationalEvent",
      entityId: stored.id,
      changes: changedFields({ status: stored.status }, { status: input.status }),
    });
  });
}

/** Archive (soft delete: the event leaves lists and figures) or restore. */
export async function setEventArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) =>
    setArchived(tx, { table: "InternationalEvent", delegate: tx.internationalEvent }, actor, input, {
      area: "event",
      entityType: "InternationalEvent",
    }),
  );
}

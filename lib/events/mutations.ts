import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { assertCanEditRecords } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { assertEditable, setArchived, type ArchiveInput } from "@/lib/records/writes";
import { eventFields } from "./fields";
import type { ChangeEventStatusInput, EventInput, UpdateEventInput } from "./schemas";
import { canChangeEventStatus } from "./status";

// Changing international events (ADMIN, STAFF), the way every record is written (decision 014,
// lib/records/declared-writes.ts): one transaction locks the row, refuses a stale version or an
// archived record, writes the declared fields (lib/events/fields.ts), bumps the version and audits.

type StatusColumns = { status: EventStatus };

const writes = declaredWrites<typeof eventFields, StatusColumns>({
  table: "InternationalEvent",
  area: "event",
  fields: eventFields,
  model: (tx) => modelOf(tx.internationalEvent),
  extra: { status: true },
});

export async function createEvent(actor: ActingUser, input: EventInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return db.$transaction((tx) => writes.create(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export const createEventInTransaction = writes.create;

export async function updateEvent(actor: ActingUser, input: UpdateEventInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) => writes.update(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export const updateEventInTransaction = writes.update;

/** PLANNED → HELD (once started) or CANCELLED, and back to PLANNED. */
export async function changeEventStatus(
  actor: ActingUser,
  input: ChangeEventStatusInput,
  now: Date = new Date(),
): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    const stored = await writes.lock(tx, input.id);
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

import "server-only";
import { ConflictError, DomainError, type ConflictField } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { addConflict, labelList, LinkChecker, sameIds } from "@/lib/records/links";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "@/lib/records/access";
import { lockRecord, setArchived, type ArchiveInput } from "@/lib/records/writes";
import type { ChangeEventStatusInput, EventInput, UpdateEventInput } from "./schemas";
import { canChangeEventStatus } from "./status";
import { dateToParisInput } from "@/lib/time";

// Changing international events (ADMIN, STAFF). Each change runs in one transaction that locks
// the row, refuses a stale version (optimistic locking) or an archived record, bumps the version
// and writes its audit entry.

const storedSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  attendance: true,
  status: true,
  summary: true,
  version: true,
  archivedAt: true,
} satisfies Prisma.InternationalEventSelect;

type ReferenceLink = { id: string; code: string; nameFr: string; nameEn: string };

type StoredEvent = Prisma.InternationalEventGetPayload<{ select: typeof storedSelect }> & {
  sectors: ReferenceLink[];
  objectives: ReferenceLink[];
  partners: { id: string; shortName: string }[];
};

/** Reads the event and locks its row until the transaction ends, so two saves cannot both pass the version check. */
async function lockEvent(tx: Prisma.TransactionClient, id: string): Promise<StoredEvent> {
  await lockRecord(tx, "InternationalEvent", id);
  const stored = await tx.internationalEvent.findUnique({ where: { id }, select: storedSelect });
  if (!stored) throw new DomainError("notFound");
  // One query at a time: Prisma loads several relations of one select concurrently, which a
  // transaction's single connection cannot do (pg warns it will refuse overlapping queries).
  const linked = { events: { some: { id } } };
  const reference = { id: true, code: true, nameFr: true, nameEn: true } as const;
  const sectors = await tx.sector.findMany({ where: linked, select: reference, orderBy: { code: "asc" } });
  const objectives = await tx.objective.findMany({ where: linked, select: reference, orderBy: { code: "asc" } });
  const partners = await tx.partner.findMany({
    where: linked,
    select: { id: true, shortName: true },
    orderBy: { shortName: "asc" },
  });
  return { ...stored, sectors, objectives, partners };
}

/** Refuses changes to an archived event, and saves based on an older version (listing what differs now). */
function assertCurrent(stored: StoredEvent, version: number, changed: () => ConflictField[] = () => []): void {
  if (stored.archivedAt) throw new DomainError("archived");
  if (stored.version !== version) throw new ConflictError(changed());
}

const asText = (instant: Date) => dateToParisInput(instant).replace("T", " ");

/** The fields whose stored value differs from what the user submitted, stored values as text. */
function conflictingFields(stored: StoredEvent, input: EventInput, locale: "fr" | "en"): ConflictField[] {
  const names = (entries: { nameFr: string; nameEn: string }[]) =>
    entries.map((entry) => (locale === "fr" ? entry.nameFr : entry.nameEn)).join(", ");
  const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
  const changed: ConflictField[] = [];
  addConflict(changed, "title", stored.title !== input.title, stored.title);
  addConflict(changed, "startsAt", stored.startsAt.getTime() !== input.startsAt.getTime(), asText(stored.startsAt));
  addConflict(changed, "endsAt", stored.endsAt.getTime() !== input.endsAt.getTime(), asText(stored.endsAt));
  addConflict(changed, "venue", stored.venue !== input.venue, stored.venue);
  addConflict(
    changed,
    "attendance",
    stored.attendance !== input.attendance,
    stored.attendance === null ? "" : String(stored.attendance),
  );
  addConflict(changed, "summary", stored.summary !== input.summary, stored.summary);
  addConflict(changed, "sectorIds", !sameIds(ids(stored.sectors), input.sectorIds), names(stored.sectors));
  addConflict(
    changed,
    "partnerIds",
    !sameIds(ids(stored.partners), input.partnerIds),
    stored.partners.map((partner) => partner.shortName).join(", "),
  );
  addConflict(changed, "objectiveIds", !sameIds(ids(stored.objectives), input.objectiveIds), names(stored.objectives));
  return changed;
}

/** What the audit log keeps of an event: plain values, links by code or short name. */
type AuditView = Record<string, string | number | Date | null>;

function auditView(stored: StoredEvent): AuditView {
  const { title, startsAt, endsAt, venue, attendance, summary } = stored;
  return {
    title,
    startsAt,
    endsAt,
    venue,
    attendance,
    summary,
    sectors: labelList(stored.sectors.map((sector) => ({ label: sector.code }))),
    partners: labelList(stored.partners.map((partner) => ({ label: partner.shortName }))),
    objectives: labelList(stored.objectives.map((objective) => ({ label: objective.code }))),
  };
}

/** Checks the links the input asks for (the ones `stored` already has may be archived); returns the fields to write and their audit view. */
async function resolveInput(tx: Prisma.TransactionClient, input: EventInput, stored: StoredEvent | null) {
  const links = new LinkChecker(tx);
  const linked = (entries: { id: string }[] | undefined) => entries?.map((entry) => entry.id) ?? [];
  const sectors = await links.check("sectorIds", "sector", input.sectorIds, linked(stored?.sectors));
  const partners = await links.check("partnerIds", "partner", input.partnerIds, linked(stored?.partners));
  const objectives = await links.check("objectiveIds", "objective", input.objectiveIds, linked(stored?.objectives));
  links.assertValid();
  const { title, startsAt, endsAt, venue, attendance, summary } = input;
  const data = { title, startsAt, endsAt, venue, attendance, summary };
  const view: AuditView = {
    ...data,
    sectors: labelList(sectors),
    partners: labelList(partners),
    objectives: labelList(objectives),
  };
  const connect = (ids: string[]) => ids.map((id) => ({ id }));
  return {
    data,
    view,
    links: {
      sectors: connect(input.sectorIds),
      partners: connect(input.partnerIds),
      objectives: connect(input.objectiveIds),
    },
  };
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
  const { data, view, links } = await resolveInput(tx, input, null);
  const created = await tx.internationalEvent.create({
    data: {
      ...data,
      sectors: { connect: links.sectors },
      partners: { connect: links.partners },
      objectives: { connect: links.objectives },
    },
    select: { id: true },
  });
  const before = Object.fromEntries(Object.keys(view).map((key) => [key, null]));
  await recordAudit(tx, {
    actor,
    action: "event.create",
    entityType: "InternationalEvent",
    entityId: created.id,
    changes: changedFields(before, view),
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
  assertCurrent(stored, input.version, () => conflictingFields(stored, input, actor.locale));
  const { data, view, links } = await resolveInput(tx, input, stored);
  await tx.internationalEvent.update({
    where: { id: stored.id },
    data: {
      ...data,
      version: { increment: 1 },
      sectors: { set: links.sectors },
      partners: { set: links.partners },
      objectives: { set: links.objectives },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "event.update",
    entityType: "InternationalEvent",
    entityId: stored.id,
    changes: changedFields(auditView(stored), view),
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
    assertCurrent(stored, input.version);
    if (!canChangeEventStatus(stored.status, input.status, stored.startsAt, now))
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

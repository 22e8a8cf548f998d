import "server-only";
import { ConflictError, DomainError, type ConflictField } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "@/lib/records/access";
import { lockRecord, setArchived, type ArchiveInput } from "@/lib/records/writes";
import { addConflict, destinationLabel, labelList, LinkChecker, sameIds } from "@/lib/records/links";
import type { ChangeDelegationStatusInput, DelegationInput, UpdateDelegationInput } from "./schemas";
import { canChangeDelegationStatus } from "./status";
import { dateToParisInput } from "@/lib/time";

// Changing delegations (ADMIN, STAFF). Each change runs in one transaction that locks the row,
// refuses a stale version (optimistic locking) or an archived record, bumps the version and writes
// its audit entry.

const storedSelect = {
  id: true,
  title: true,
  originDestinationId: true,
  originCountryCode: true,
  arrivalAt: true,
  departureAt: true,
  size: true,
  status: true,
  cancellationReason: true,
  hostName: true,
  programme: true,
  version: true,
  archivedAt: true,
} satisfies Prisma.DelegationSelect;

type StoredDelegation = Prisma.DelegationGetPayload<{ select: typeof storedSelect }> & {
  originDestination: { city: string; countryCode: string } | null;
  sectors: { id: string; code: string; nameFr: string; nameEn: string }[];
  partners: { id: string; shortName: string }[];
};

/** Reads the delegation and locks its row until the transaction ends, so two saves cannot both pass the version check. */
async function lockDelegation(tx: Prisma.TransactionClient, id: string): Promise<StoredDelegation> {
  await lockRecord(tx, "Delegation", id);
  const stored = await tx.delegation.findUnique({ where: { id }, select: storedSelect });
  if (!stored) throw new DomainError("notFound");
  // One query at a time: Prisma loads several relations of one select concurrently, which a
  // transaction's single connection cannot do (pg warns it will refuse overlapping queries).
  const originDestination = stored.originDestinationId
    ? await tx.destination.findUnique({
        where: { id: stored.originDestinationId },
        select: { city: true, countryCode: true },
      })
    : null;
  const linked = { delegations: { some: { id } } };
  const sectors = await tx.sector.findMany({
    where: linked,
    select: { id: true, code: true, nameFr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  const partners = await tx.partner.findMany({
    where: linked,
    select: { id: true, shortName: true },
    orderBy: { shortName: "asc" },
  });
  return { ...stored, originDestination, sectors, partners };
}

/** Refuses changes to an archived delegation, and saves based on an older version (listing what differs now). */
function assertCurrent(stored: StoredDelegation, version: number, changed: () => ConflictField[] = () => []): void {
  if (stored.archivedAt) throw new DomainError("archived");
  if (stored.version !== version) throw new ConflictError(changed());
}

const asText = (instant: Date) => dateToParisInput(instant).replace("T", " ");

/** The fields whose stored value differs from what the user submitted, stored values as text. */
function conflictingFields(stored: StoredDelegation, input: DelegationInput, locale: "fr" | "en"): ConflictField[] {
  const changed: ConflictField[] = [];
  addConflict(changed, "title", stored.title !== input.title, stored.title);
  addConflict(
    changed,
    "originDestinationId",
    stored.originDestinationId !== input.originDestinationId,
    stored.originDestination ? destinationLabel(stored.originDestination) : "",
  );
  addConflict(
    changed,
    "originCountryCode",
    !input.originDestinationId && stored.originCountryCode !== input.originCountryCode,
    stored.originCountryCode,
  );
  addConflict(changed, "arrivalAt", stored.arrivalAt.getTime() !== input.arrivalAt.getTime(), asText(stored.arrivalAt));
  addConflict(
    changed,
    "departureAt",
    stored.departureAt.getTime() !== input.departureAt.getTime(),
    asText(stored.departureAt),
  );
  addConflict(changed, "size", stored.size !== input.size, String(stored.size));
  addConflict(changed, "hostName", stored.hostName !== input.hostName, stored.hostName);
  addConflict(changed, "programme", stored.programme !== input.programme, stored.programme);
  addConflict(
    changed,
    "sectorIds",
    !sameIds(
      stored.sectors.map((sector) => sector.id),
      input.sectorIds,
    ),
    stored.sectors.map((sector) => (locale === "fr" ? sector.nameFr : sector.nameEn)).join(", "),
  );
  addConflict(
    changed,
    "partnerIds",
    !sameIds(
      stored.partners.map((partner) => partner.id),
      input.partnerIds,
    ),
    stored.partners.map((partner) => partner.shortName).join(", "),
  );
  return changed;
}

/** What the audit log keeps of a delegation: plain values, links by code or short name. */
type AuditView = Record<string, string | number | Date | null>;

function auditView(stored: StoredDelegation): AuditView {
  return {
    title: stored.title,
    origin: stored.originDestination ? destinationLabel(stored.originDestination) : null,
    originCountryCode: stored.originCountryCode,
    arrivalAt: stored.arrivalAt,
    departureAt: stored.departureAt,
    size: stored.size,
    hostName: stored.hostName,
    programme: stored.programme,
    sectors: labelList(stored.sectors.map((sector) => ({ label: sector.code }))),
    partners: labelList(stored.partners.map((partner) => ({ label: partner.shortName }))),
  };
}

/**
 * Checks the links the input asks for (the ones `stored` already has may be archived) and returns
 * the fields to write and their audit view. The country comes from the origin city when there is one.
 */
async function resolveInput(tx: Prisma.TransactionClient, input: DelegationInput, stored: StoredDelegation | null) {
  const links = new LinkChecker(tx);
  const [origin] = await links.check(
    "originDestinationId",
    "destination",
    input.originDestinationId ? [input.originDestinationId] : [],
    stored?.originDestinationId ? [stored.originDestinationId] : [],
  );
  const sectors = await links.check(
    "sectorIds",
    "sector",
    input.sectorIds,
    stored?.sectors.map((sector) => sector.id),
  );
  const partners = await links.check(
    "partnerIds",
    "partner",
    input.partnerIds,
    stored?.partners.map((partner) => partner.id),
  );
  links.assertValid();
  const originCountryCode = origin?.countryCode ?? input.originCountryCode;
  // The schema requires a city or a country; this guards callers that skip it.
  if (!originCountryCode) throw new DomainError("unknownReference", { originCountryCode: ["unknownReference"] });
  const data = {
    title: input.title,
    originDestinationId: input.originDestinationId,
    originCountryCode,
    arrivalAt: input.arrivalAt,
    departureAt: input.departureAt,
    size: input.size,
    hostName: input.hostName,
    programme: input.programme,
  };
  const { originDestinationId: _id, ...plain } = data;
  const view: AuditView = {
    ...plain,
    origin: origin?.label ?? null,
    sectors: labelList(sectors),
    partners: labelList(partners),
  };
  return {
    data,
    view,
    sectorIds: input.sectorIds.map((id) => ({ id })),
    partnerIds: input.partnerIds.map((id) => ({ id })),
  };
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
  const { data, view, sectorIds, partnerIds } = await resolveInput(tx, input, null);
  const created = await tx.delegation.create({
    data: { ...data, sectors: { connect: sectorIds }, partners: { connect: partnerIds } },
    select: { id: true },
  });
  const before = Object.fromEntries(Object.keys(view).map((key) => [key, null]));
  await recordAudit(tx, {
    actor,
    action: "delegation.create",
    entityType: "Delegation",
    entityId: created.id,
    changes: changedFields(before, view),
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
  assertCurrent(stored, input.version, () => conflictingFields(stored, input, actor.locale));
  const { data, view, sectorIds, partnerIds } = await resolveInput(tx, input, stored);
  await tx.delegation.update({
    where: { id: stored.id },
    data: { ...data, version: { increment: 1 }, sectors: { set: sectorIds }, partners: { set: partnerIds } },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "delegation.update",
    entityType: "Delegation",
    entityId: stored.id,
    changes: changedFields(auditView(stored), view),
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
    assertCurrent(stored, input.version);
    if (!canChangeDelegationStatus(stored.status, input.status, stored.arrivalAt, now))
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

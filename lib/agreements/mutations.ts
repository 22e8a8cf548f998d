import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "@/lib/records/access";
import { allActive } from "@/lib/reference/options";
import {
  assertEditable,
  lockRecord,
  setArchived,
  staleFields,
  type ArchiveInput,
  type Snapshot,
} from "@/lib/records/writes";
import type { AgreementInput, UpdateAgreementInput } from "./schemas";
import { dateOfDay, dayOf } from "@/lib/time";

// Agreements (STAFF, ADMIN): one transaction per change, optimistic locking on `version`, audited.
// The yearly themes are replaced as a whole with the agreement they belong to.

const entity = { area: "agreement", entityType: "Agreement" } as const;

type Comparable = Pick<
  AgreementInput,
  | "title"
  | "kind"
  | "counterpart"
  | "destinationId"
  | "startDate"
  | "endDate"
  | "isExclusive"
  | "notes"
  | "missionId"
  | "themes"
>;

/** The agreement as the conflict notice and the audit log show it: references by name, themes as one line. */
async function snapshot(tx: Prisma.TransactionClient, agreement: Comparable): Promise<Snapshot> {
  // One after the other: a transaction's queries share one connection (pg warns on overlapping ones).
  const destination = await tx.destination.findUnique({
    where: { id: agreement.destinationId },
    select: { city: true, countryCode: true },
  });
  const mission = agreement.missionId
    ? await tx.mission.findUnique({ where: { id: agreement.missionId }, select: { title: true } })
    : null;
  const themes = [...agreement.themes]
    .sort((a, b) => a.year - b.year)
    .map((row) => `${row.year}: ${row.theme}`)
    .join("; ");
  return {
    title: agreement.title,
    kind: agreement.kind,
    counterpart: agreement.counterpart,
    destinationId: destination ? `${destination.city} (${destination.countryCode})` : null,
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    isExclusive: agreement.isExclusive,
    notes: agreement.notes,
    missionId: mission?.title ?? null,
    themes,
  };
}

/** New links must name a destination and a mission that exist and are not archived; current links may stay. */
async function assertReferences(
  tx: Prisma.TransactionClient,
  input: AgreementInput,
  current?: { destinationId: string; missionId: string | null },
): Promise<void> {
  if (!(await allActive("destination", [input.destinationId], current ? [current.destinationId] : [], tx))) {
    throw new DomainError("unknownReference", { destinationId: ["unknownReference"] });
  }
  if (input.missionId && input.missionId !== current?.missionId) {
    const mission = await tx.mission.findFirst({
      where: { id: input.missionId, archivedAt: null },
      select: { id: true },
    });
    if (!mission) throw new DomainError("unknownReference", { missionId: ["unknownReference"] });
  }
}

function columns(input: AgreementInput) {
  return {
    title: input.title,
    kind: input.kind,
    counterpart: input.counterpart,
    destinationId: input.destinationId,
    startDate: dateOfDay(input.startDate),
    endDate: input.endDate ? dateOfDay(input.endDate) : null,
    isExclusive: input.isExclusive,
    notes: input.notes,
    missionId: input.missionId,
  };
}

export async function createAgreement(actor: ActingUser, input: AgreementInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return db.$transaction(async (tx) => {
    await assertReferences(tx, input);
    const agreement = await tx.agreement.create({
      data: { ...columns(input), themes: { create: input.themes.map(({ year, theme }) => ({ year, theme })) } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "agreement.create",
      entityType: entity.entityType,
      entityId: agreement.id,
      changes: changedFields({}, await snapshot(tx, input)),
    });
    return agreement;
  });
}

export async function updateAgreement(actor: ActingUser, input: UpdateAgreementInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction(async (tx) => {
    await lockRecord(tx, "Agreement", input.id);
    const stored = await tx.agreement.findUnique({
      where: { id: input.id },
      select: {
        title: true,
        kind: true,
        counterpart: true,
        destinationId: true,
        startDate: true,
        endDate: true,
        isExclusive: true,
        notes: true,
        missionId: true,
        version: true,
        archivedAt: true,
        themes: { select: { year: true, theme: true } },
      },
    });
    const before =
      stored &&
      (await snapshot(tx, {
        ...stored,
        startDate: dayOf(stored.startDate),
        endDate: stored.endDate && dayOf(stored.endDate),
      }));
    const after = await snapshot(tx, input);
    assertEditable(stored, input.version, () => staleFields(before ?? {}, after));
    await assertReferences(tx, input, stored);
    await tx.agreement.update({
      where: { id: input.id },
      select: { id: true },
      data: { ...columns(input), version: { increment: 1 } },
    });
    await tx.agreementTheme.deleteMany({ where: { agreementId: input.id } });
    await tx.agreementTheme.createMany({
      data: input.themes.map(({ year, theme }) => ({ agreementId: input.id, year, theme })),
    });
    await recordAudit(tx, {
      actor,
      action: "agreement.update",
      entityType: entity.entityType,
      entityId: input.id,
      changes: changedFields(before ?? {}, after),
    });
  });
}

export async function setAgreementArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) => setArchived(tx, { table: "Agreement", delegate: tx.agreement }, actor, input, entity));
}

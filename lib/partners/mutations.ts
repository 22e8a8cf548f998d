import "server-only";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditReference } from "@/lib/records/access";
import {
  assertEditable,
  lockRecord,
  lockUniqueNames,
  nameTaken,
  setArchived,
  staleFields,
  withUniqueNames,
  type ArchiveInput,
  type Snapshot,
} from "@/lib/records/writes";
import type { PartnerInput, UpdatePartnerInput } from "./schemas";

// Partner organisations (STAFF, ADMIN). Name and short name are unique. An archived partner stays
// on the records it took part in and keeps its users, but is not offered for new records.

const entity = { area: "partner", entityType: "Partner" } as const;

const snapshot = ({ name, shortName, kind, isActive }: PartnerInput): Snapshot => ({ name, shortName, kind, isActive });

async function assertUnique(tx: Prisma.TransactionClient, input: PartnerInput, exceptId?: string): Promise<void> {
  await lockUniqueNames(tx, entity.entityType, { name: input.name, shortName: input.shortName });
  for (const field of ["name", "shortName"] as const) {
    const where: Prisma.PartnerWhereInput = {
      ...(exceptId ? { id: { not: exceptId } } : {}),
      [field]: { equals: input[field], mode: "insensitive" },
    };
    if (await tx.partner.findFirst({ where, select: { id: true } })) throw nameTaken(field);
  }
}

export async function createPartner(actor: ActingUser, input: PartnerInput): Promise<{ id: string }> {
  assertCanEditReference(actor, "partner");
  return withUniqueNames("name", () =>
    db.$transaction(async (tx) => {
      await assertUnique(tx, input);
      const { name, shortName, kind, isActive } = input;
      const partner = await tx.partner.create({ data: { name, shortName, kind, isActive }, select: { id: true } });
      await recordAudit(tx, {
        actor,
        action: "partner.create",
        entityType: entity.entityType,
        entityId: partner.id,
        changes: changedFields({}, snapshot(input)),
      });
      return partner;
    }),
  );
}

export async function updatePartner(actor: ActingUser, input: UpdatePartnerInput): Promise<void> {
  assertCanEditReference(actor, "partner");
  await withUniqueNames("name", () =>
    db.$transaction(async (tx) => {
      await lockRecord(tx, "Partner", input.id);
      const stored = await tx.partner.findUnique({
        where: { id: input.id },
        select: { name: true, shortName: true, kind: true, isActive: true, version: true, archivedAt: true },
      });
      assertEditable(stored, input.version, (current) => staleFields(snapshot(current), snapshot(input)));
      await assertUnique(tx, input, input.id);
      const { name, shortName, kind, isActive } = input;
      await tx.partner.update({
        where: { id: input.id },
        select: { id: true },
        data: { name, shortName, kind, isActive, version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actor,
        action: "partner.update",
        entityType: entity.entityType,
        entityId: input.id,
        changes: changedFields(snapshot(stored), snapshot(input)),
      });
    }),
  );
}

export async function setPartnerArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditReference(actor, "partner");
  await db.$transaction((tx) => setArchived(tx, { table: "Partner", delegate: tx.partner }, actor, input, entity));
}

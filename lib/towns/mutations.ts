import "server-only";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "@/lib/records/access";
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
import type { TownInput, UpdateTownInput } from "./schemas";
import { dateOfDay, dayOf } from "@/lib/time";

// Towns of the urban area (STAFF, ADMIN). Names and INSEE codes are unique: checked first, so the
// form can say which field, and by the database's unique indexes against concurrent saves.

const entity = { area: "town", entityType: "Town" } as const;

function snapshot(town: { name: string; inseeCode: string | null; connectedOn: Date | string | null }): Snapshot {
  const connectedOn = town.connectedOn instanceof Date ? dayOf(town.connectedOn) : town.connectedOn;
  return { name: town.name, inseeCode: town.inseeCode, connectedOn };
}

function townData(input: TownInput) {
  return {
    name: input.name,
    inseeCode: input.inseeCode,
    connectedOn: input.connectedOn ? dateOfDay(input.connectedOn) : null,
  };
}

/** Another town (archived ones too: the index covers them) already has this name or code. */
async function assertUnique(tx: Prisma.TransactionClient, input: TownInput, exceptId?: string): Promise<void> {
  await lockUniqueNames(tx, entity.entityType, { name: input.name, inseeCode: input.inseeCode });
  const others = exceptId ? { id: { not: exceptId } } : {};
  if (
    await tx.town.findFirst({
      where: { ...others, name: { equals: input.name, mode: "insensitive" } },
      select: { id: true },
    })
  ) {
    throw nameTaken("name");
  }
  if (
    input.inseeCode &&
    (await tx.town.findFirst({ where: { ...others, inseeCode: input.inseeCode }, select: { id: true } }))
  ) {
    throw nameTaken("inseeCode");
  }
}

export async function createTown(actor: ActingUser, input: TownInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return withUniqueNames("name", () => db.$transaction((tx) => createTownInTransaction(tx, actor, input)));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function createTownInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: TownInput,
): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  await assertUnique(tx, input);
  const town = await tx.town.create({ data: townData(input), select: { id: true } });
  await recordAudit(tx, {
    actor,
    action: "town.create",
    entityType: entity.entityType,
    entityId: town.id,
    changes: changedFields({}, snapshot(input)),
  });
  return town;
}

export async function updateTown(actor: ActingUser, input: UpdateTownInput): Promise<void> {
  assertCanEditRecords(actor);
  await withUniqueNames("name", () => db.$transaction((tx) => updateTownInTransaction(tx, actor, input)));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export async function updateTownInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: UpdateTownInput,
): Promise<void> {
  assertCanEditRecords(actor);
  await lockRecord(tx, "Town", input.id);
  const stored = await tx.town.findUnique({
    where: { id: input.id },
    select: { name: true, inseeCode: true, connectedOn: true, version: true, archivedAt: true },
  });
  assertEditable(stored, input.version, (current) => staleFields(snapshot(current), snapshot(input)));
  await assertUnique(tx, input, input.id);
  await tx.town.update({
    where: { id: input.id },
    select: { id: true },
    data: { ...townData(input), version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actor,
    action: "town.update",
    entityType: entity.entityType,
    entityId: input.id,
    changes: changedFields(snapshot(stored), snapshot(input)),
  });
}

export async function setTownArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) => setArchived(tx, { table: "Town", delegate: tx.town }, actor, input, entity));
}

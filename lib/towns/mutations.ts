import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCanEditRecords } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { setArchived, withUniqueNames, type ArchiveInput } from "@/lib/records/writes";
import { townFields } from "./fields";
import type { TownInput, UpdateTownInput } from "./schemas";

// Towns of the urban area (STAFF, ADMIN), written the way every declared record is
// (lib/records/declared-writes.ts). Names and INSEE codes are unique: checked first, so the form
// can say which field, and by the database's unique indexes against concurrent saves.

const entity = { area: "town", entityType: "Town" } as const;

const writes = declaredWrites({
  table: "Town",
  area: "town",
  fields: townFields,
  model: (tx) => modelOf(tx.town),
  extra: {},
});

export async function createTown(actor: ActingUser, input: TownInput): Promise<{ id: string }> {
  assertCanEditRecords(actor);
  return withUniqueNames("name", () => db.$transaction((tx) => writes.create(tx, actor, input)));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export const createTownInTransaction = writes.create;

export async function updateTown(actor: ActingUser, input: UpdateTownInput): Promise<void> {
  assertCanEditRecords(actor);
  await withUniqueNames("name", () => db.$transaction((tx) => writes.update(tx, actor, input)));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many records in one). */
export const updateTownInTransaction = writes.update;

export async function setTownArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditRecords(actor);
  await db.$transaction((tx) => setArchived(tx, { table: "Town", delegate: tx.town }, actor, input, entity));
}

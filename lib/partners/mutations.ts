import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCanEditReference } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { setArchived, withUniqueNames, type ArchiveInput } from "@/lib/records/writes";
import { partnerFields } from "./fields";
import type { PartnerInput, UpdatePartnerInput } from "./schemas";

// Partner organisations (STAFF, ADMIN), written the way every declared record is
// (lib/records/declared-writes.ts). Name and short name are unique. An archived partner stays
// on the records it took part in and keeps its users, but is not offered for new records.

const entity = { area: "partner", entityType: "Partner" } as const;

const writes = declaredWrites({
  table: "Partner",
  area: "partner",
  fields: partnerFields,
  model: (tx) => modelOf(tx.partner),
  extra: {},
  authorize: (actor) => assertCanEditReference(actor, "partner"),
});

export async function createPartner(actor: ActingUser, input: PartnerInput): Promise<{ id: string }> {
  assertCanEditReference(actor, "partner");
  return withUniqueNames("name", () => db.$transaction((tx) => writes.create(tx, actor, input)));
}

export async function updatePartner(actor: ActingUser, input: UpdatePartnerInput): Promise<void> {
  assertCanEditReference(actor, "partner");
  await withUniqueNames("name", () => db.$transaction((tx) => writes.update(tx, actor, input)));
}

export async function setPartnerArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditReference(actor, "partner");
  await db.$transaction((tx) => setArchived(tx, { table: "Partner", delegate: tx.partner }, actor, input, entity));
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCanEditReference } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { setArchived, withUniqueNames, type ArchiveInput } from "@/lib/records/writes";
import { destinationFields } from "./fields";
import type { DestinationInput, UpdateDestinationInput } from "./schemas";

// Cities abroad (reference.edit), written the way every declared record is
// (lib/records/declared-writes.ts). A city is unique within its country.

const entity = { area: "destination", entityType: "Destination" } as const;

const authorize = (actor: ActingUser) => assertCanEditReference(actor, "destination");

const writes = declaredWrites({
  table: "Destination",
  area: "destination",
  fields: destinationFields,
  model: (tx) => modelOf(tx.destination),
  extra: {},
  authorize,
});

export async function createDestination(actor: ActingUser, input: DestinationInput): Promise<{ id: string }> {
  authorize(actor);
  return withUniqueNames("city", () => db.$transaction((tx) => writes.create(tx, actor, input)));
}

export async function updateDestination(actor: ActingUser, input: UpdateDestinationInput): Promise<void> {
  authorize(actor);
  await withUniqueNames("city", () => db.$transaction((tx) => writes.update(tx, actor, input)));
}

/** Archived destinations stay on the records that name them but cannot be chosen for new ones. */
export async function setDestinationArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  authorize(actor);
  await db.$transaction((tx) =>
    setArchived(tx, { table: "Destination", delegate: tx.destination }, actor, input, entity),
  );
}

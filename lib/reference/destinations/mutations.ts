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
import type { DestinationInput, UpdateDestinationInput } from "./schemas";

// Cities abroad (STAFF, ADMIN). A city is unique within its country.

const entity = { area: "destination", entityType: "Destination" } as const;

const snapshot = ({ city, countryCode, latitude, longitude }: DestinationInput): Snapshot => ({
  city,
  countryCode,
  latitude,
  longitude,
});

async function assertUnique(tx: Prisma.TransactionClient, input: DestinationInput, exceptId?: string): Promise<void> {
  await lockUniqueNames(tx, entity.entityType, { city: `${input.countryCode} ${input.city}` });
  const duplicate = await tx.destination.findFirst({
    where: {
      ...(exceptId ? { id: { not: exceptId } } : {}),
      countryCode: input.countryCode,
      city: { equals: input.city, mode: "insensitive" },
    },
    select: { id: true },
  });
  if (duplicate) throw nameTaken("city");
}

export async function createDestination(actor: ActingUser, input: DestinationInput): Promise<{ id: string }> {
  assertCanEditReference(actor, "destination");
  return withUniqueNames("city", () =>
    db.$transaction(async (tx) => {
      await assertUnique(tx, input);
      const { city, countryCode, latitude, longitude } = input;
      const destination = await tx.destination.create({
        data: { city, countryCode, latitude, longitude },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "destination.create",
        entityType: entity.entityType,
        entityId: destination.id,
        changes: changedFields({}, snapshot(input)),
      });
      return destination;
    }),
  );
}

export async function updateDestination(actor: ActingUser, input: UpdateDestinationInput): Promise<void> {
  assertCanEditReference(actor, "destination");
  await withUniqueNames("city", () =>
    db.$transaction(async (tx) => {
      await lockRecord(tx, "Destination", input.id);
      const stored = await tx.destination.findUnique({
        where: { id: input.id },
        select: { city: true, countryCode: true, latitude: true, longitude: true, version: true, archivedAt: true },
      });
      assertEditable(stored, input.version, (current) => staleFields(snapshot(current), snapshot(input)));
      await assertUnique(tx, input, input.id);
      const { city, countryCode, latitude, longitude } = input;
      await tx.destination.update({
        where: { id: input.id },
        select: { id: true },
        data: { city, countryCode, latitude, longitude, version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actor,
        action: "destination.update",
        entityType: entity.entityType,
        entityId: input.id,
        changes: changedFields(snapshot(stored), snapshot(input)),
      });
    }),
  );
}

/** Archived destinations stay on the records that name them but cannot be chosen for new ones. */
export async function setDestinationArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditReference(actor, "destination");
  await db.$transaction((tx) =>
    setArchived(tx, { table: "Destination", delegate: tx.destination }, actor, input, entity),
  );
}

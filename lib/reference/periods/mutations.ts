import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditReference } from "@/lib/records/access";
import { allActive } from "@/lib/reference/options";
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
import type { PeriodInput, UpdatePeriodInput } from "./schemas";

// Programme periods and their priority destinations (ADMIN). The dashboard's coverage figure reads them.

const entity = { area: "period", entityType: "PriorityPeriod" } as const;

/** "Haifa (IL), Xiamen (CN)": how the conflict notice and the audit log show the destinations. */
async function destinationLabels(tx: Prisma.TransactionClient, ids: string[]): Promise<string> {
  if (ids.length === 0) return "";
  const destinations = await tx.destination.findMany({
    where: { id: { in: ids } },
    select: { city: true, countryCode: true },
    orderBy: [{ city: "asc" }, { countryCode: "asc" }],
  });
  return destinations.map((destination) => `${destination.city} (${destination.countryCode})`).join(", ");
}

async function snapshot(
  tx: Prisma.TransactionClient,
  period: { label: string; startYear: number; endYear: number; destinationIds: string[] },
): Promise<Snapshot> {
  return {
    label: period.label,
    startYear: period.startYear,
    endYear: period.endYear,
    destinationIds: await destinationLabels(tx, period.destinationIds),
  };
}

/** New priority destinations must exist and not be archived; ones already linked may stay. */
async function assertDestinations(
  ids: string[],
  alreadyLinked: string[] = [],
  client?: Prisma.TransactionClient,
): Promise<void> {
  if (!(await allActive("destination", ids, alreadyLinked, client)))
    throw new DomainError("unknownReference", { destinationIds: ["unknownReference"] });
}

async function assertUnique(tx: Prisma.TransactionClient, label: string, exceptId?: string): Promise<void> {
  await lockUniqueNames(tx, entity.entityType, { label });
  const where: Prisma.PriorityPeriodWhereInput = {
    ...(exceptId ? { id: { not: exceptId } } : {}),
    label: { equals: label, mode: "insensitive" },
  };
  if (await tx.priorityPeriod.findFirst({ where, select: { id: true } })) throw nameTaken("label");
}

export async function createPeriod(actor: ActingUser, input: PeriodInput): Promise<{ id: string }> {
  assertCanEditReference(actor, "period");
  await assertDestinations(input.destinationIds);
  return withUniqueNames("label", () =>
    db.$transaction(async (tx) => {
      await assertUnique(tx, input.label);
      const period = await tx.priorityPeriod.create({
        data: {
          label: input.label,
          startYear: input.startYear,
          endYear: input.endYear,
          destinations: { create: input.destinationIds.map((destinationId) => ({ destinationId })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "period.create",
        entityType: entity.entityType,
        entityId: period.id,
        changes: changedFields({}, await snapshot(tx, input)),
      });
      return period;
    }),
  );
}

export async function updatePeriod(actor: ActingUser, input: UpdatePeriodInput): Promise<void> {
  assertCanEditReference(actor, "period");
  await withUniqueNames("label", () =>
    db.$transaction(async (tx) => {
      await lockRecord(tx, "PriorityPeriod", input.id);
      const stored = await tx.priorityPeriod.findUnique({
        where: { id: input.id },
        select: {
          label: true,
          startYear: true,
          endYear: true,
          version: true,
          archivedAt: true,
          destinations: { select: { destinationId: true } },
        },
      });
      const before =
        stored &&
        (await snapshot(tx, { ...stored, destinationIds: stored.destinations.map((link) => link.destinationId) }));
      const after = await snapshot(tx, input);
      assertEditable(stored, input.version, () => staleFields(before ?? {}, after));
      await assertDestinations(
        input.destinationIds,
        stored.destinations.map((link) => link.destinationId),
        tx,
      );
      await assertUnique(tx, input.label, input.id);
      await tx.priorityPeriod.update({
        where: { id: input.id },
        select: { id: true },
        data: { label: input.label, startYear: input.startYear, endYear: input.endYear, version: { increment: 1 } },
      });
      await tx.priorityDestination.deleteMany({ where: { periodId: input.id } });
      await tx.priorityDestination.createMany({
        data: input.destinationIds.map((destinationId) => ({ periodId: input.id, destinationId })),
      });
      await recordAudit(tx, {
        actor,
        action: "period.update",
        entityType: entity.entityType,
        entityId: input.id,
        changes: changedFields(before ?? {}, after),
      });
    }),
  );
}

export async function setPeriodArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  assertCanEditReference(actor, "period");
  await db.$transaction((tx) =>
    setArchived(tx, { table: "PriorityPeriod", delegate: tx.priorityPeriod }, actor, input, entity),
  );
}

import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "@/lib/records/access";
import { declaredWrites, modelOf, type Versioned } from "@/lib/records/declared-writes";
import { can } from "@/lib/policy";
import type { Fields, FieldValues, RecordValues } from "@/lib/records/fields";
import { detailSelectOf, recordValuesOf } from "@/lib/records/read-fields";
import { setArchived, type ArchiveInput, type RecordTable } from "@/lib/records/writes";
import { lockMissionForPart } from "./parent-lock";

// The parts of a mission that are records of their own (its travellers, its cost lines), written
// the way every declared record is (lib/records/declared-writes.ts) and each write locking the
// mission first (./parent-lock.ts): a part stays with its mission, an archived mission's parts are
// read-only, a removed part is archived and can be put back. `check` is the part's rule against
// its mission (a payer among the mission's partners).

type PartDelegate = Parameters<typeof modelOf>[0] & {
  findUnique(args: { where: { id: string }; select: { missionId: true } }): PromiseLike<{ missionId: string } | null>;
};

export function missionParts<T extends Fields>(spec: {
  table: RecordTable;
  /** The audit log's action prefix ("missionCost" → "missionCost.create"). */
  area: string;
  fields: T;
  model: (tx: Prisma.TransactionClient) => PartDelegate;
  check?: (input: FieldValues<T>, mission: { partnerIds: string[] }) => void;
}) {
  const writes = declaredWrites({
    table: spec.table,
    area: spec.area,
    fields: spec.fields,
    model: (tx) => modelOf(spec.model(tx)),
    extra: { missionId: true },
  });

  async function lockFor(tx: Prisma.TransactionClient, input: FieldValues<T> & { missionId: string }) {
    const mission = await lockMissionForPart(tx, input.missionId);
    spec.check?.(input, mission);
  }

  /** Inside the caller's transaction (a spreadsheet import writes many parts in one). */
  async function createInTransaction(
    tx: Prisma.TransactionClient,
    actor: ActingUser,
    input: FieldValues<T> & { missionId: string },
  ): Promise<{ id: string }> {
    assertCanEditRecords(actor);
    await lockFor(tx, input);
    return writes.create(tx, actor, input, { missionId: input.missionId });
  }

  async function updateInTransaction(
    tx: Prisma.TransactionClient,
    actor: ActingUser,
    input: FieldValues<T> & Versioned & { missionId: string },
  ): Promise<void> {
    assertCanEditRecords(actor);
    await lockFor(tx, input);
    const stored = await writes.lock(tx, input.id);
    if (stored.missionId !== input.missionId) throw new DomainError("notFound");
    await writes.update(tx, actor, input);
  }

  const create = (actor: ActingUser, input: FieldValues<T> & { missionId: string }) =>
    db.$transaction((tx) => createInTransaction(tx, actor, input));

  const update = (actor: ActingUser, input: FieldValues<T> & Versioned & { missionId: string }) =>
    db.$transaction((tx) => updateInTransaction(tx, actor, input));

  async function setPartArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
    assertCanEditRecords(actor);
    await db.$transaction(async (tx) => {
      const part = await spec.model(tx).findUnique({ where: { id: input.id }, select: { missionId: true } });
      if (!part) throw new DomainError("notFound");
      await lockMissionForPart(tx, part.missionId);
      await setArchived(tx, { table: spec.table, delegate: spec.model(tx) as never }, actor, input, {
        area: spec.area,
        entityType: spec.table,
      });
    });
  }

  return { create, update, createInTransaction, updateInTransaction, setArchived: setPartArchived };
}

/** A part as its list and edit form read it: the declared values with its id, version and archive. */
export type Part<T extends Fields> = RecordValues<T> & { id: string; version: number; archivedAt: Date | null };

type PartReader = {
  findMany(
    args: object,
  ): PromiseLike<({ id: string; version: number; archivedAt: Date | null } & Record<string, unknown>)[]>;
};

/**
 * A mission's parts in the order they were added, removed ones last; none for a partner user
 * (a mission's papers and budget are the department's own).
 */
export async function listParts<T extends Fields>(
  actor: ActingUser,
  model: PartReader,
  fields: T,
  missionId: string,
): Promise<Part<T>[]> {
  if (!can(actor, "records.read")) return [];
  const rows = await model.findMany({
    where: { missionId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, version: true, archivedAt: true, ...detailSelectOf(fields) },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    archivedAt: row.archivedAt,
    ...recordValuesOf(fields, row, actor.locale),
  }));
}

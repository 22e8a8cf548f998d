import "server-only";
import { ConflictError, DomainError, type ConflictField } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArchiveInput } from "./archive";

export type { ArchiveInput };

// How every record is written (docs/decisions/007-records.md): lock the record's row for the rest
// of the transaction, refuse an archived record or a stale version (naming the fields someone else
// changed), write, bump the version and audit in the same transaction; turn unique-index refusals
// into "nameTaken" on the right field; archive and restore the same way in every area.

/** The tables of the records the app edits, by their model names. */
export type RecordTable =
  | "Mission"
  | "MissionTraveller"
  | "MissionCost"
  | "AllowanceRate"
  | "MissionOrderRule"
  | "MissionFollowUp"
  | "Delegation"
  | "InternationalEvent"
  | "JointAction"
  | "Agreement"
  | "Town"
  | "Partner"
  | "Destination"
  | "Sector"
  | "Objective"
  | "PriorityPeriod";

/**
 * Locks the record's row until the transaction ends, so two saves of one record take turns and
 * the second sees the first's version: the one locking strategy of every area. Read the record
 * after this call.
 */
export async function lockRecord(tx: Prisma.TransactionClient, table: RecordTable, id: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
}

/** A record's fields as text, the way the conflict notice and the audit log show them. */
export type Snapshot = Record<string, string | number | boolean | null>;

const asText = (value: Snapshot[string] | undefined) => (value === null || value === undefined ? "" : String(value));

/** The fields whose stored value differs from what the user submitted, with the stored value. */
export function staleFields(stored: Snapshot, submitted: Snapshot): ConflictField[] {
  return Object.keys(submitted)
    .filter((field) => asText(stored[field]) !== asText(submitted[field]))
    .map((field) => ({ field, current: asText(stored[field]) }));
}

type Lockable = { version: number; archivedAt: Date | null };

/**
 * The record (read after `lockRecord`) may be changed: it exists, is not archived (archived
 * records are read-only until restored) and is still at the version the form loaded; otherwise
 * nothing is written.
 */
export function assertEditable<T extends Lockable>(
  stored: T | null,
  version: number,
  conflict: (stored: T) => ConflictField[],
): asserts stored is T {
  if (!stored) throw new DomainError("notFound");
  if (stored.archivedAt) throw new DomainError("archived");
  if (stored.version !== version) throw new ConflictError(conflict(stored));
}

/** PostgreSQL refused a duplicate on a unique index (Prisma P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export function nameTaken(field: string): DomainError {
  return new DomainError("nameTaken", { [field]: ["nameTaken"] });
}

/**
 * Makes saves that claim the same unique values take turns until their transaction ends; saves of
 * other values do not wait. The names are unique whatever their case, but the unique indexes are
 * case-sensitive: without this, "Vence" and "VENCE" saved at the same moment both pass the
 * pre-check and are both stored (docs/reliability.md, tests/integration/reliability/). Call it before the
 * pre-check, with every field the pre-check looks at; fields are locked in one order (no deadlock).
 */
export async function lockUniqueNames(
  tx: Prisma.TransactionClient,
  entityType: string,
  values: Record<string, string | null>,
): Promise<void> {
  const fields = Object.keys(values).sort();
  for (const field of fields) {
    const value = values[field];
    // One of 512 locks per field, not one per value: a spreadsheet import saves 10,000 towns in one
    // transaction, and 10,000 locks would exhaust PostgreSQL's shared lock table ("out of shared memory").
    if (value)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${entityType}.${field}`}), hashtext(lower(${value})) % 512)`;
  }
}

/** Runs a write; a unique-index refusal the pre-checks missed (a concurrent save) becomes "nameTaken". */
export async function withUniqueNames<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(field);
    throw error;
  }
}

/** The minimal Prisma delegate archive/restore needs; every archivable model's delegate fits. */
type ArchivableDelegate = {
  findUnique(args: { where: { id: string }; select: { version: true; archivedAt: true } }): Promise<Lockable | null>;
  update(args: {
    where: { id: string };
    data: { archivedAt: Date | null; version: { increment: number } };
    select: { id: true };
  }): Promise<{ id: string }>;
};

/**
 * Archives (a soft delete: the record leaves lists and figures) or restores a record at the
 * version the user saw, audited as "<area>.archive" / "<area>.restore". Asking for the state the
 * record already has changes nothing and succeeds, whatever the version (a second click, another
 * tab): the same answer in every area. `assertAllowed` refuses what the area forbids besides
 * (a joint action of a closed year).
 */
export async function setArchived(
  tx: Prisma.TransactionClient,
  record: { table: RecordTable; delegate: ArchivableDelegate },
  actor: ActingUser,
  input: ArchiveInput,
  audit: { area: string; entityType: string },
  assertAllowed?: () => Promise<void>,
): Promise<void> {
  await lockRecord(tx, record.table, input.id);
  const stored = await record.delegate.findUnique({
    where: { id: input.id },
    select: { version: true, archivedAt: true },
  });
  if (!stored) throw new DomainError("notFound");
  if ((stored.archivedAt !== null) === input.archived) return;
  if (stored.version !== input.version) throw new ConflictError([]);
  await assertAllowed?.();
  const archivedAt = input.archived ? new Date() : null;
  await record.delegate.update({
    where: { id: input.id },
    data: { archivedAt, version: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: `${audit.area}.${input.archived ? "archive" : "restore"}`,
    entityType: audit.entityType,
    entityId: input.id,
    changes: changedFields({ archivedAt: stored.archivedAt }, { archivedAt }),
  });
}

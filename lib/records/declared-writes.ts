import "server-only";
import type { ConflictField } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditRecords } from "./access";
import type { Field, Fields, FieldValues } from "./fields";
import {
  auditViewOf,
  checkLinksOf,
  emptyAuditView,
  lockStored,
  staleFieldsOf,
  writeDataOf,
  type LinkLabels,
  type StoredRecord,
} from "./stored-fields";
import { assertEditable, lockUniqueNames, nameTaken, type RecordTable } from "./writes";

// Creating and updating a record of an area whose fields are declared (decision 014), the one way:
// inside the caller's transaction, the row is locked and read (lockStored), a stale version or an
// archived record is refused naming the fields someone else changed, the links are checked, the
// values declared unique are checked, the declared fields are written with the version bumped, and
// the audit log gets what changed. The area gives its table and model, and its rules that span
// fields.

/** The area's model in a transaction, called with what the declaration builds. */
export type DeclaredModel = {
  findUnique: (args: object) => Promise<unknown>;
  /** Another record with a value declared unique. */
  findFirst: (args: { where: object; select: { id: true } }) => Promise<unknown>;
  create: (data: Record<string, unknown>) => Promise<{ id: string }>;
  update: (id: string, data: Record<string, unknown>) => Promise<unknown>;
};

/** What of a Prisma model's delegate the writes use (every record model's delegate fits). */
type RecordDelegate = {
  findUnique(args: never): PromiseLike<unknown>;
  findFirst(args: never): PromiseLike<unknown>;
  create(args: never): PromiseLike<unknown>;
  update(args: never): PromiseLike<unknown>;
};

/** The model of a Prisma delegate (`tx.town`), called with the selects and data the declaration builds. */
export function modelOf(delegate: RecordDelegate): DeclaredModel {
  return {
    findUnique: async (args) => delegate.findUnique(args as never),
    findFirst: async (args) => delegate.findFirst(args as never),
    create: async (data) => (await delegate.create({ data, select: { id: true } } as never)) as { id: string },
    update: async (id, data) => delegate.update({ where: { id }, data, select: { id: true } } as never),
  };
}

type Spec<T extends Fields, Extra> = {
  table: RecordTable;
  /** The audit log's action prefix ("delegation" → "delegation.create"). */
  area: string;
  fields: T;
  model: (tx: Prisma.TransactionClient) => DeclaredModel;
  /** Columns besides the fields that the area's rules read from the locked row (status…). */
  extra: { [K in keyof Extra]: true };
  /** The values to write, from the input and its checked links (a country taken from a city). */
  resolve?: (input: FieldValues<T>, links: LinkLabels) => FieldValues<T>;
  /** Refuses an actor who may not write these records; by default, anyone without records.edit. */
  authorize?: (actor: ActingUser) => void;
  /** Whether a field someone else changed is a conflict for this input (a country a city overrides is not). */
  isConflict?: (field: ConflictField, input: FieldValues<T>) => boolean;
};

export type Versioned = { id: string; version: number };

export function declaredWrites<T extends Fields, Extra extends Record<string, unknown>>(spec: Spec<T, Extra>) {
  const { table, area, fields } = spec;
  const authorize = spec.authorize ?? assertCanEditRecords;

  function lock(tx: Prisma.TransactionClient, id: string): Promise<StoredRecord<T, Extra>> {
    return lockStored<T, Extra>(tx, table, spec.model(tx).findUnique, fields, id, spec.extra);
  }

  const uniqueFields = Object.entries(fields).filter(([, field]) => field.unique);

  /**
   * Another record (archived ones too: the unique indexes cover them) already has one of the
   * values declared unique: refused naming the field. Names are compared without case, codes as
   * they are. Saves claiming the same values take turns first (lockUniqueNames), and the unique
   * indexes catch what a concurrent save slips past (the area wraps its transaction in
   * withUniqueNames).
   */
  async function assertUnique(tx: Prisma.TransactionClient, values: FieldValues<T>, exceptId: string | null) {
    if (uniqueFields.length === 0) return;
    const scopeOf = (field: Field) => (field.uniqueWithin ? { [field.uniqueWithin]: values[field.uniqueWithin] } : {});
    // A value unique within another field's claims both ("CN Xiamen"), so Xiamen in another country does not wait.
    const claimed = Object.fromEntries(
      uniqueFields.map(([name, field]) => {
        const value = values[name] as string | null;
        return [name, value && field.uniqueWithin ? `${String(values[field.uniqueWithin])} ${value}` : value];
      }),
    );
    await lockUniqueNames(tx, table, claimed);
    const { findFirst } = spec.model(tx);
    const others = exceptId ? { id: { not: exceptId } } : {};
    for (const [name, field] of uniqueFields) {
      const value = values[name] as string | null;
      if (!value) continue;
      const match = field.kind === "code" ? value : { equals: value, mode: "insensitive" };
      const where = { ...others, ...scopeOf(field), [name]: match };
      if (await findFirst({ where, select: { id: true } })) throw nameTaken(name);
    }
  }

  async function resolved(tx: Prisma.TransactionClient, input: FieldValues<T>, stored: StoredRecord<T, Extra> | null) {
    const links = await checkLinksOf(tx, fields, input, stored);
    const values = spec.resolve ? spec.resolve(input, links) : input;
    return { values, view: auditViewOf(fields, values, links) };
  }

  /**
   * Creates the record inside the caller's transaction (a form's save, or one row of an import);
   * `parent`: the columns that attach it to the record it belongs to (a traveller's mission).
   */
  async function create(
    tx: Prisma.TransactionClient,
    actor: ActingUser,
    input: FieldValues<T>,
    parent: Record<string, string> = {},
  ): Promise<{ id: string }> {
    authorize(actor);
    const { values, view } = await resolved(tx, input, null);
    await assertUnique(tx, values, null);
    const created = await spec.model(tx).create({ ...writeDataOf(fields, values, "create"), ...parent });
    await recordAudit(tx, {
      actor,
      action: `${area}.create`,
      entityType: table,
      entityId: created.id,
      changes: changedFields(emptyAuditView(view), view),
    });
    return { id: created.id };
  }

  /** Updates the record the input names, at the version the user loaded, inside the caller's transaction. */
  async function update(
    tx: Prisma.TransactionClient,
    actor: ActingUser,
    input: FieldValues<T> & Versioned,
  ): Promise<void> {
    authorize(actor);
    const stored = await lock(tx, input.id);
    assertEditable(stored, input.version, () =>
      staleFieldsOf(fields, stored, input, actor.locale).filter((field) => spec.isConflict?.(field, input) ?? true),
    );
    const { values, view } = await resolved(tx, input, stored);
    await assertUnique(tx, values, stored.id);
    await spec.model(tx).update(stored.id, { ...writeDataOf(fields, values, "update"), version: { increment: 1 } });
    await recordAudit(tx, {
      actor,
      action: `${area}.update`,
      entityType: table,
      entityId: stored.id,
      changes: changedFields(auditViewOf(fields, stored.values, stored.links), view),
    });
  }

  return { lock, create, update };
}

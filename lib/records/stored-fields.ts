import "server-only";
import { DomainError, type ConflictField } from "@/lib/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateOfDay, dateToParisInput } from "@/lib/time";
import { storedValue, type Field, type Fields, type FieldValues } from "./fields";
import { findLinks, labelList, LinkChecker, sameIds, shownLabel, type LinkLabel } from "./links";
import { lockRecord, type RecordTable } from "./writes";

// The data layer's side of an area's field declarations (lib/records/fields.ts, decision 014):
// which columns a save reads and writes, which fields a conflict names with their stored values,
// and what the audit log keeps. A field's name is its column (a link's: the foreign key); a links
// field is written through its relation. Area rules that span fields (a delegation's country
// taken from its origin city) stay in the area's mutations, which call these.

/** A record as a save finds it: its fields' values as the form would send them, and its links' labels. */
export type StoredRecord<T extends Fields, Extra> = Extra & {
  id: string;
  version: number;
  archivedAt: Date | null;
  values: FieldValues<T>;
  /** The linked entries of each link field, sorted by label. */
  links: LinkLabels;
};

/** Linked entries by field name. */
export type LinkLabels = Record<string, LinkLabel[]>;

/** What the audit log keeps of a record: plain values, links by code, short name or "City (CC)". */
export type AuditView = Record<string, string | number | boolean | Date | null>;

/** A model's findUnique, called with a select built from the declaration. */
type FindUnique = (args: { where: { id: string }; select: Record<string, unknown> }) => Promise<unknown>;

const isScalar = (field: Field) => field.kind !== "links";

function byLabel(links: LinkLabel[]): LinkLabel[] {
  return [...links].sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Locks the record's row until the transaction ends (lib/records/writes.ts) and reads its fields,
 * the columns named in `extra` (status, dates a status rule needs…) and its links' labels. One
 * query at a time: a transaction's single connection cannot run Prisma's concurrent relation reads.
 */
export async function lockStored<T extends Fields, Extra extends Record<string, unknown> = Record<never, never>>(
  tx: Prisma.TransactionClient,
  table: RecordTable,
  findUnique: FindUnique,
  fields: T,
  id: string,
  extra: { [K in keyof Extra]: true } = {} as never,
): Promise<StoredRecord<T, Extra>> {
  await lockRecord(tx, table, id);
  const scalars = Object.fromEntries(
    Object.entries(fields)
      .filter(([, field]) => isScalar(field))
      .map(([name]) => [name, true]),
  );
  const row = (await findUnique({
    where: { id },
    select: { ...extra, ...scalars, id: true, version: true, archivedAt: true },
  })) as (Record<string, unknown> & { id: string; version: number; archivedAt: Date | null }) | null;
  if (!row) throw new DomainError("notFound");
  const values: Record<string, unknown> = {};
  const links: LinkLabels = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind === "links") {
      const related = (await findUnique({ where: { id }, select: { [field.relation]: { select: { id: true } } } })) as
        Record<string, { id: string }[]> | undefined;
      links[name] = byLabel(
        await findLinks(
          tx,
          field.to,
          (related?.[field.relation] ?? []).map((entry) => entry.id),
        ),
      );
      values[name] = links[name].map((link) => link.id);
    } else if (field.kind === "link") {
      const linkedId = row[name] as string | null;
      links[name] = linkedId ? await findLinks(tx, field.to, [linkedId]) : [];
      values[name] = linkedId;
    } else {
      values[name] = storedValue(field, row[name]);
    }
  }
  const rest = Object.fromEntries(Object.keys(extra).map((key) => [key, row[key]]));
  return {
    ...(rest as Extra),
    id: row.id,
    version: row.version,
    archivedAt: row.archivedAt,
    values: values as FieldValues<T>,
    links,
  };
}

/** A stored value as the conflict notice shows it. */
function storedText(field: Field, value: unknown, links: LinkLabel[], locale: "fr" | "en"): string {
  if (field.kind === "link" || field.kind === "links") return links.map((link) => shownLabel(link, locale)).join(", ");
  if (value === null || value === undefined) return "";
  if (field.kind === "parisDateTime") return dateToParisInput(value as Date).replace("T", " ");
  return String(value);
}

function differs(field: Field, stored: unknown, submitted: unknown): boolean {
  if (field.kind === "links") return !sameIds(stored as string[], submitted as string[]);
  if (field.kind === "parisDateTime") return (stored as Date).getTime() !== (submitted as Date).getTime();
  return (stored ?? null) !== (submitted ?? null);
}

/** The fields whose stored value differs from what the user submitted, in declaration order, with the stored value. */
export function staleFieldsOf<T extends Fields>(
  fields: T,
  stored: StoredRecord<T, unknown>,
  submitted: FieldValues<T>,
  locale: "fr" | "en",
): ConflictField[] {
  return Object.entries(fields)
    .filter(([name, field]) => differs(field, stored.values[name], submitted[name]))
    .map(([name, field]) => ({
      field: name,
      current: storedText(field, stored.values[name], stored.links[name] ?? [], locale),
    }));
}

/** The key under which the audit log keeps a field: links by their relation's name (or `audit`). */
function auditKey(name: string, field: Field): string {
  if (field.audit) return field.audit;
  return field.kind === "links" ? field.relation : name;
}

/** What the audit log keeps of these values; `links` are the labels of the linked entries. */
export function auditViewOf<T extends Fields>(fields: T, values: FieldValues<T>, links: LinkLabels): AuditView {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => {
      const key = auditKey(name, field);
      if (field.kind === "links") return [key, labelList(links[name] ?? [])];
      if (field.kind === "link") return [key, links[name]?.[0]?.label ?? null];
      return [key, values[name] as AuditView[string]];
    }),
  );
}

/** An audit view with every key empty: what a creation changes from. */
export function emptyAuditView(view: AuditView): AuditView {
  return Object.fromEntries(Object.keys(view).map((key) => [key, null]));
}

/**
 * Checks the links the values ask for: unknown ids and newly chosen archived entries are refused,
 * every bad field named at once (DomainError "unknownReference"); the links the stored record
 * already has stay allowed. Returns the linked entries' labels by field.
 */
export async function checkLinksOf<T extends Fields>(
  tx: Prisma.TransactionClient,
  fields: T,
  values: FieldValues<T>,
  stored: StoredRecord<T, unknown> | null,
): Promise<LinkLabels> {
  const checker = new LinkChecker(tx);
  const links: LinkLabels = {};
  const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value as string] : []);
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind !== "link" && field.kind !== "links") continue;
    links[name] = byLabel(await checker.check(name, field.to, idsOf(values[name]), idsOf(stored?.values[name])));
  }
  checker.assertValid();
  return links;
}

/**
 * The data a save writes: each field's column, and each links field's relation — connected on
 * creation, replaced on update.
 */
export function writeDataOf<T extends Fields>(
  fields: T,
  values: FieldValues<T>,
  mode: "create" | "update",
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => {
      if (field.kind === "day") return [name, values[name] ? dateOfDay(values[name] as string) : null];
      if (field.kind !== "links") return [name, values[name]];
      const ids = (values[name] as string[]).map((id) => ({ id }));
      return [field.relation, mode === "create" ? { connect: ids } : { set: ids }];
    }),
  );
}

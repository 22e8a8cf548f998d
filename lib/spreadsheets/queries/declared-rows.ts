import "server-only";
import { storedValue, type Field, type Fields, type LinkKind } from "@/lib/records/fields";
import type { SheetValues } from "../declared-columns";
import type { SheetRecord } from "../sheet-types";
import { byId, namedLinks, partnerShortNames } from "./batches";

// An area's records with what their spreadsheet rows hold of the declared fields
// (lib/spreadsheets/declared-columns.ts): the record's columns in one query, then each link's
// entries one query after the other (lib/missions/sheet-queries.ts says why).

/** A model's findMany, called with a select built from the declaration. */
type FindMany = (args: { where: object; select: Record<string, unknown> }) => Promise<unknown[]>;

const cities = { select: { city: true, countryCode: true } } as const;

function entrySelect(kind: LinkKind, many: boolean): object {
  switch (kind) {
    case "partner":
      return many ? partnerShortNames : { select: partnerShortNames.select };
    case "destination":
      return many ? { ...cities, orderBy: { city: "asc" } } : cities;
    case "sector":
    case "objective":
      return many ? namedLinks : { select: namedLinks.select };
  }
}

const isLink = (field: Field): field is Field & { kind: "link" | "links" } =>
  field.kind === "link" || field.kind === "links";

/**
 * The records `where` selects, with their declared fields and the `extra` columns the area's
 * sheet writes besides (status…).
 */
export async function loadDeclaredRows<T extends Fields, Extra extends Record<string, unknown>>(
  findMany: FindMany,
  fields: T,
  where: object,
  extra: { [K in keyof Extra]: true },
): Promise<(SheetRecord & SheetValues<T> & Extra)[]> {
  const columns = Object.fromEntries(
    Object.entries(fields)
      .filter(([, field]) => field.kind !== "links")
      .map(([name]) => [name, true]),
  );
  const rows = (await findMany({
    where,
    select: { ...extra, ...columns, id: true, version: true, archivedAt: true },
  })) as (SheetRecord & Record<string, unknown>)[];
  if (rows.length === 0) return [];
  const ids = { id: { in: rows.map((row) => row.id) } };
  const linked = new Map<string, Map<string, Record<string, unknown>>>();
  for (const field of Object.values(fields).filter(isLink)) {
    const select = { id: true, [field.relation]: entrySelect(field.to, field.kind === "links") };
    linked.set(
      field.relation,
      byId((await findMany({ where: ids, select })) as (Record<string, unknown> & { id: string })[]),
    );
  }
  return rows.map((row) => {
    const record: Record<string, unknown> = { ...row };
    for (const [name, field] of Object.entries(fields))
      if (field.kind !== "links") record[name] = storedValue(field, row[name]);
    for (const field of Object.values(fields).filter(isLink))
      record[field.relation] =
        linked.get(field.relation)?.get(row.id)?.[field.relation] ?? (field.kind === "links" ? [] : null);
    return record as SheetRecord & SheetValues<T> & Extra;
  });
}

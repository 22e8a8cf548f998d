// An area's spreadsheet columns and import reading derived from its field declarations
// (lib/records/fields.ts, decision 014): each field's column, what kind of cell it is, how a record
// writes it and how a row reads it back into the form's input, so that the import judges it with
// the form's schema. The area's sheet adds what is not a field (status, its reason) and its rules
// across fields. No server imports.
import {
  columnOf,
  type CountryField,
  type Field,
  type FieldValue,
  type Fields,
  type LinkField,
  type LinkKind,
  type LinksField,
} from "@/lib/records/fields";
import { destinationText, localName, yesNo, type ColumnDef, type ColumnKind, type WriteContext } from "./columns";
import { countryName, readCountry } from "./countries";
import type { ReferenceEntry } from "./import/references";
import type { RowReader } from "./import/row-reader";
import { nameKey } from "./names";

type Named = { code: string; nameFr: string; nameEn: string };

/** A linked entry as a spreadsheet names it: a code list's names, a partner's short name, a city. */
export type SheetEntry<K extends LinkKind> = K extends "partner"
  ? { shortName: string }
  : K extends "destination"
    ? { city: string; countryCode: string }
    : Named;

type RelationOf<F> = F extends { relation: infer R extends string } ? R : never;

/**
 * A record's declared fields as its spreadsheet rows read them: each column under the field's name
 * (a stored country is always a code), each link's entries under its relation.
 */
export type SheetValues<T extends Fields> = {
  [K in keyof T as T[K] extends LinksField ? never : K]: T[K] extends CountryField ? string : FieldValue<T[K]>;
} & {
  [K in keyof T as T[K] extends LinksField | LinkField ? RelationOf<T[K]> : never]: T[K] extends {
    kind: "links";
    to: infer L extends LinkKind;
  }
    ? SheetEntry<L>[]
    : T[K] extends { to: infer L extends LinkKind }
      ? SheetEntry<L> | null
      : never;
};

function cellKind(field: Field): ColumnKind {
  switch (field.kind) {
    case "text":
    case "longText":
      return "text";
    case "wholeNumber":
      return "wholeNumber";
    case "decimal":
      return "decimal";
    case "money":
      return "amount";
    case "parisDateTime":
      return "dateTime";
    case "day":
      return "day";
    case "code":
    case "timeZone":
      return "text";
    case "choice":
      return "choice";
    case "yesNo":
      return "text";
    case "country":
      return "country";
    case "link":
      return field.to === "partner" ? "partner" : field.to === "destination" ? "destination" : "name";
    case "links":
      return field.to === "partner" ? "partners" : field.to === "destination" ? "destinations" : "names";
  }
}

type AnyEntry = {
  shortName?: string;
  city?: string;
  countryCode?: string;
  code?: string;
  nameFr?: string;
  nameEn?: string;
};

function entryText(kind: LinkKind, entry: AnyEntry, context: WriteContext): string {
  if (kind === "partner") return entry.shortName ?? "";
  if (kind === "destination") return destinationText(entry as { city: string; countryCode: string });
  return localName(context)(entry as Named);
}

function writeCell(name: string, field: Field) {
  return (record: Record<string, unknown>, context: WriteContext) => {
    switch (field.kind) {
      case "text":
      case "longText":
      case "wholeNumber":
      case "decimal":
      case "code":
      case "timeZone":
        return record[name] as string | number | null;
      case "money":
        return record[name] === null || record[name] === undefined ? null : { cents: record[name] as number };
      case "parisDateTime":
        return { instant: record[name] as Date };
      case "day":
        return record[name] ? { day: record[name] as string } : null;
      case "choice":
        return record[name] ? context.t.t(`${field.labels}.${String(record[name])}`) : null;
      case "yesNo":
        return yesNo(Boolean(record[name]), context);
      case "country":
        return record[name] ? countryName(record[name] as string, context.locale) : null;
      case "link": {
        const entry = record[field.relation] as AnyEntry | null;
        return entry ? entryText(field.to, entry, context) : null;
      }
      case "links":
        return ((record[field.relation] ?? []) as AnyEntry[])
          .map((entry) => entryText(field.to, entry, context))
          .join("; ");
    }
  };
}

/**
 * The code a choice cell names by its label in either language or by the code itself; "" when
 * empty (the schema says whether it may be). Anything else is reported with the possible values.
 */
function choiceCode(reader: RowReader, column: string, field: Field & { kind: "choice" }): string {
  const text = reader.text(column);
  const wanted = nameKey(text);
  const code = field.choices.find(
    (choice) =>
      nameKey(choice) === wanted ||
      reader.context.translators.some((t) => nameKey(t.t(`${field.labels}.${choice}`)) === wanted),
  );
  if (code === undefined && text !== "") {
    const choices = field.choices.map((choice) => reader.context.t.t(`${field.labels}.${choice}`)).join(", ");
    reader.fail(column, "unknownChoice", { value: text, choices });
  }
  return code ?? "";
}

/** What a yes/no cell may say for yes, in either language (anything else is no). */
const yesWords = new Set(["oui", "yes", "true", "vrai", "1", "x"]);

/** The columns of the declared fields, in declaration order. */
export function declaredColumns<TRecord>(fields: Fields): ColumnDef<TRecord>[] {
  return Object.entries(fields).map(([name, field]) => ({
    key: columnOf(name, field),
    kind: cellKind(field),
    ...(field.required ? { required: true } : {}),
    write: writeCell(name, field) as unknown as ColumnDef<TRecord>["write"],
  }));
}

/**
 * A row's cells as the area's form would post them, and the entry each link's cell names (an
 * area rule may need more of it than its id: a city's country). A cell that names nothing usable
 * is reported on the reader and left empty, so the schema does not report it again.
 */
export function readDeclared(
  reader: RowReader,
  fields: Fields,
): { input: Record<string, unknown>; entries: Record<string, ReferenceEntry | null | undefined> } {
  const input: Record<string, unknown> = {};
  const entries: Record<string, ReferenceEntry | null | undefined> = {};
  for (const [name, field] of Object.entries(fields)) {
    const column = columnOf(name, field);
    switch (field.kind) {
      case "text":
      case "longText":
      case "code":
      case "timeZone":
        input[name] = reader.text(column);
        break;
      case "day":
        input[name] = reader.day(column) ?? "";
        break;
      case "choice":
        input[name] = choiceCode(reader, column, field);
        break;
      case "yesNo":
        input[name] = yesWords.has(nameKey(reader.text(column))) ? "on" : "";
        break;
      case "wholeNumber":
        input[name] = reader.wholeNumber(column);
        break;
      case "decimal":
      case "money":
        input[name] = reader.text(column);
        break;
      case "parisDateTime":
        input[name] = reader.dateTime(column) ?? "";
        break;
      case "country": {
        const text = reader.text(column);
        const code = text === "" ? "" : readCountry(text);
        if (code === null) reader.fail(column, "invalidCountry", { value: text });
        input[name] = code ?? "";
        break;
      }
      case "link":
        entries[name] = reader.optionalReference(column, field.to);
        input[name] = entries[name]?.id ?? "";
        break;
      case "links":
        input[name] = reader.references(column, field.to);
        break;
    }
  }
  return { input, entries };
}

/** The column a form schema's issue on `field` points to: the field's own, else the first field's. */
export function issueColumnOf(fields: Fields): (field: string) => { column: string } {
  const [first] = Object.entries(fields);
  return (name) => {
    const field = fields[name];
    return { column: field ? columnOf(name, field) : first ? columnOf(first[0], first[1]) : "" };
  };
}

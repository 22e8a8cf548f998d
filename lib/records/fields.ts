// The fields of a record area, declared once (docs/adding-a-record-area.md, decision 014): each
// field's kind, limits and whether it is required. The generic modules derive from it: the form's
// schema and values (form-schema.ts), the API's body and answer (json-fields.ts,
// lib/api/records-json.ts), the detail's reads and the list's search (read-fields.ts), what a save
// reads and writes, which fields a conflict names and what the audit log keeps (stored-fields.ts,
// declared-writes.ts), the spreadsheet's columns (lib/spreadsheets/declared-columns.ts) and the
// form's controls and detail rows (components/records/). No zod, no server imports: forms read
// their limits from here.
import { dayOf } from "@/lib/time";
import { maxTimeZoneLength } from "@/lib/time-zones";

/** The usual lengths of texts: a title or a name, and a free description. */
export const maxTitleLength = 200;
export const maxShortTextLength = 200;
export const maxLongTextLength = 5000;
/** Names of places, towns and reference entries. */
export const maxNameLength = 120;
/** Short codes and labels ("SMART_CITIES", "2016/2020", a partner's short name). */
export const maxCodeLength = 40;
/** Why a record was cancelled. */
export const maxReasonLength = 1000;
/** An ISO 3166-1 alpha-2 country code. */
export const countryCodeLength = 2;
/** The largest amount a record holds, in euro cents (20 million euros, within a 32-bit column). */
export const maxCents = 2_000_000_000;

/** Reference data a record links to. */
export type LinkKind = "sector" | "partner" | "objective" | "destination";

type Common = {
  /** The form refuses it empty. */
  required?: boolean;
  /** The spreadsheet column that holds it, when its key differs from the field's name. */
  column?: string;
  /** What the API reference says of it (English; limits are added from the declaration). */
  description?: string;
  /** A value the API reference shows. */
  example?: string | number;
  /** The audit log's key for it, when not the field's name (a links field's default: its relation). */
  audit?: string;
  /** The list's search looks for the words in it. */
  searched?: boolean;
  /** A form sets it in half a row, beside the next half-width field. */
  half?: boolean;
  /** The language its text is typed in, when it is one field of a pair of translations. */
  lang?: "fr" | "en";
  /** No two records have the same value (texts compared without case, codes as typed); checked on every save. */
  unique?: boolean;
  /** With `unique`: no two records have the same value and the same value of this other field (a city within its country). */
  uniqueWithin?: string;
  /**
   * The form shows it only while a choice field holds one of these codes (a mission order's
   * fields for a staff member); hidden, it sends nothing and is saved empty.
   */
  shownWhen?: { field: string; is: readonly string[] };
};

export type TextField = Common & { kind: "text" | "longText"; max: number };
/** A whole number typed in a field; `message` is the area's key for one outside the bounds. */
export type WholeNumberField = Common & { kind: "wholeNumber"; min: number; max: number; message: string };
/** An instant typed as a Paris wall-clock date and time ("YYYY-MM-DDTHH:MM"). */
export type ParisDateTimeField = Common & { kind: "parisDateTime" };
/**
 * An ISO 3166-1 alpha-2 country code, typed in any case; `message` is the area's key for a code
 * that names no country ("unknownCountry" by default).
 */
export type CountryField = Common & { kind: "country"; message?: string };
/**
 * A decimal number between `min` and `max` (coordinates), typed with a point or a comma; empty
 * means none. `message` is the area's key for one that is not such a number.
 */
export type DecimalField = Common & { kind: "decimal"; min: number; max: number; message: string };
/**
 * An IANA time zone ("Asia/Shanghai"), typed in any case and kept under its canonical name;
 * empty means none. Refused with "unknownTimeZone" when the runtime knows no such zone.
 */
export type TimeZoneField = Common & { kind: "timeZone" };
/** An amount in euros typed as "1 500" or "1 500,50", stored in cents; never negative; empty means none. */
export type MoneyField = Common & { kind: "money" };
/**
 * One of a fixed list of codes (an enum), named by the messages under `labels` + "." + code, a
 * path in the area's own namespace ("partners.kinds").
 */
export type ChoiceField = Common & { kind: "choice"; choices: readonly string[]; labels: string };
/** Yes or no (a checkbox); `default` is a new record's. */
export type YesNoField = Common & { kind: "yesNo"; default: boolean };
/** A calendar day ("YYYY-MM-DD"), stored as a date without time. */
export type DayField = Common & { kind: "day" };
/**
 * A short code typed in capitals (an INSEE commune code, a sector's code): `length` characters at
 * most, matching `pattern` (a regular expression's source); empty means none unless required.
 * `message` is the area's key for one that does not match.
 */
export type CodeField = Common & { kind: "code"; length: number; pattern: string; message: string };
/**
 * An optional link to one record of reference data, stored in the column of the field's name (the
 * foreign key); `relation` names the linked record, which answers and spreadsheets read.
 */
export type LinkField = Common & { kind: "link"; to: LinkKind; relation: string };
/** Links to any number of records of reference data, stored in the relation `relation`. */
export type LinksField = Common & { kind: "links"; to: LinkKind; relation: string };

export type Field =
  | TextField
  | WholeNumberField
  | DecimalField
  | MoneyField
  | ParisDateTimeField
  | DayField
  | CodeField
  | ChoiceField
  | YesNoField
  | CountryField
  | TimeZoneField
  | LinkField
  | LinksField;

export type Fields = Record<string, Field>;

/** The value a field holds once parsed. */
export type FieldValue<F extends Field> = F extends TextField
  ? string
  : F extends WholeNumberField
    ? F extends { required: true }
      ? number
      : number | null
    : F extends ParisDateTimeField
      ? Date
      : F extends DayField
        ? F extends { required: true }
          ? string
          : string | null
        : F extends CodeField | TimeZoneField
          ? F extends { required: true }
            ? string
            : string | null
          : F extends ChoiceField
            ? F extends { required: true }
              ? string
              : string | null
            : F extends YesNoField
              ? boolean
              : F extends CountryField
                ? F extends { required: true }
                  ? string
                  : string | null
                : F extends DecimalField | MoneyField
                  ? number | null
                  : F extends LinkField
                    ? string | null
                    : string[];

export type FieldValues<T extends Fields> = { [K in keyof T]: FieldValue<T[K]> };

/** A linked entry as a record's detail shows it: its id and its name in the reader's language. */
export type LabelledLink = { id: string; label: string };

/**
 * A record's declared fields as its detail reads them (lib/records/read-fields.ts): each stored
 * column under its name (a link's foreign key included), each links field's entries, named, under
 * its relation.
 */
export type RecordValues<T extends Fields> = {
  [K in keyof T as T[K] extends LinksField ? never : K]: T[K] extends CountryField ? string : FieldValue<T[K]>;
} & {
  [K in keyof T as T[K] extends LinksField ? T[K]["relation"] : never]: LabelledLink[];
};

/** Declares an area's fields, keeping their exact types for what is derived from them. */
export function defineFields<const T extends Fields>(fields: T): T {
  return fields;
}

/** A new record's form values: a yes/no field's default (every other field starts empty). */
export function defaultFormValuesOf(fields: Fields): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, field]) => (field.kind === "yesNo" && field.default ? [[name, "on"]] : [])),
  );
}

/** The fields whose form control sends several values (checkbox groups, multi-choice pickers). */
export function listFieldNames(fields: Fields): string[] {
  return Object.entries(fields)
    .filter(([, field]) => field.kind === "links")
    .map(([name]) => name);
}

/** The fields in the order forms and details show them: declaration order, long texts last where they have room. */
export function shownOrder(fields: Fields): [string, Field][] {
  const entries = Object.entries(fields);
  return [
    ...entries.filter(([, field]) => field.kind !== "longText"),
    ...entries.filter(([, field]) => field.kind === "longText"),
  ];
}

/** A choice's message key within its area's namespace: "partners.kinds" read in "partners" is "kinds.<code>". */
export function choiceKeyIn(namespace: string, labels: string, code: string): string {
  return `${labels.startsWith(`${namespace}.`) ? labels.slice(namespace.length + 1) : labels}.${code}`;
}

/** The spreadsheet column of a field. */
export function columnOf(name: string, field: Field): string {
  return field.column ?? name;
}

/** The HTML attributes that make an input refuse what the field's schema refuses. */
export function inputLimits(field: Field): {
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number;
  required?: boolean;
} {
  const required = field.required ? { required: true } : {};
  if (field.kind === "text" || field.kind === "longText") return { ...required, maxLength: field.max };
  if (field.kind === "wholeNumber") return { ...required, min: field.min, max: field.max, step: 1 };
  if (field.kind === "code") return { ...required, maxLength: field.length };
  if (field.kind === "country") return { ...required, maxLength: countryCodeLength };
  if (field.kind === "timeZone") return { ...required, maxLength: maxTimeZoneLength };
  // "20 000 000,00 €" and its spaces at the most.
  if (field.kind === "money") return { ...required, maxLength: 20 };
  return required;
}

/** A decimal as typed: plain digits, never JavaScript's exponent notation (1e-7). */
export function decimalText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(12).replace(/\.?0+$/, "") : text;
}

/** A column's value as the field holds it: a day's date as "YYYY-MM-DD". */
export function storedValue(field: Field, value: unknown): unknown {
  return field.kind === "day" && value instanceof Date ? dayOf(value) : value;
}

/**
 * A record's values of the declared fields, read from a row that holds each field under its name
 * and each links field's entries ({ id }) under its relation (as the area's detail query reads them).
 */
export function fieldValuesOf<T extends Fields>(fields: T, row: Record<string, unknown>): FieldValues<T> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      field.kind === "links"
        ? ((row[field.relation] ?? []) as { id: string }[]).map((entry) => entry.id)
        : storedValue(field, row[name]),
    ]),
  ) as FieldValues<T>;
}

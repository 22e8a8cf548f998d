import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { DetailRow } from "@/components/ui/detail-list";
import { dateOfDay } from "@/lib/time";
import {
  choiceKeyIn,
  columnOf,
  shownOrder,
  storedValue,
  type Field,
  type Fields,
  type LabelledLink,
} from "@/lib/records/fields";

// A record's detail rows derived from its field declarations (lib/records/fields.ts, decision 014),
// so a new field shows on the detail page without touching it. Each field is shown by its kind;
// the area's component shows differently what needs more than the value (a count of people, an
// origin made of a city and a country) or hides it (the title, already the page's heading).

export type Words = {
  /** An area label under its `fields.` messages. */
  label: (key: string) => string;
  /** What an empty field reads ("none"). */
  none: string;
  /** An instant in the reader's language and zone. */
  when: (instant: Date) => string;
  /** A calendar day ("YYYY-MM-DD") in the reader's language. */
  day: (day: string) => string;
  /** A number in the reader's language. */
  number: (value: number) => string;
  /** An amount in euro cents, in euros in the reader's language. */
  money: (cents: number) => string;
  /** A choice's label (`labels`: the declared path of its messages). */
  choice: (labels: string, code: string) => string;
  /** Yes or no. */
  yesNo: (value: boolean) => string;
};

/** The area's words for its detail rows, and instants, days and numbers in the reader's language. */
export function useDetailWords(
  namespace: "delegations" | "events" | "towns" | "partners" | "reference.destinations",
): Words {
  const t = useTranslations(namespace);
  const tRecords = useTranslations("records");
  const format = useFormatter();
  return {
    label: (key) => t(`fields.${key}` as never),
    none: tRecords("none"),
    when: (instant) => format.dateTime(instant, { dateStyle: "full", timeStyle: "short" }),
    day: (day) => format.dateTime(dateOfDay(day), { dateStyle: "long", timeZone: "UTC" }),
    // Up to the precision stored (coordinates), not the three decimals numbers show by default.
    number: (value) => format.number(value, { maximumFractionDigits: 10 }),
    money: (cents) => format.number(cents / 100, { style: "currency", currency: "EUR" }),
    choice: (labels, code) => t(choiceKeyIn(namespace, labels, code) as never),
    yesNo: (value) => tRecords(value ? "yes" : "no"),
  };
}

/** A field the area shows itself: its own row, or null to leave it out. */
export type ShownAs = DetailRow | null;

/**
 * The label of a field in a detail: its name's, except for a date and time, whose column's label
 * leaves out the "(Paris time)" the form needs to say what is typed.
 */
function detailLabel(name: string, field: Field, words: Words): string {
  return words.label(field.kind === "parisDateTime" ? columnOf(name, field) : name);
}

function shownValue(name: string, field: Field, record: Record<string, unknown>, words: Words): ReactNode {
  if (field.kind === "links") {
    const links = (record[field.relation] ?? []) as LabelledLink[];
    return links.length ? links.map((link) => link.label).join(", ") : words.none;
  }
  const value = storedValue(field, record[name]);
  if (value === null || value === undefined || value === "") return words.none;
  if (field.kind === "day") return words.day(String(value));
  if (field.kind === "choice") return words.choice(field.labels, String(value));
  if (field.kind === "yesNo") return words.yesNo(value === true);
  if (value instanceof Date) return words.when(value);
  if (field.kind === "money") return words.money(Number(value));
  if (typeof value === "number") return words.number(value);
  if (field.kind === "longText")
    return (
      <span key={name} className="whitespace-pre-wrap">
        {String(value)}
      </span>
    );
  return String(value);
}

/**
 * The rows of the declared fields in the order forms show them (`shownOrder`); `shownAs` replaces
 * or (with null) leaves out a field's row.
 */
export function declaredDetailRows(
  fields: Fields,
  record: Record<string, unknown>,
  words: Words,
  shownAs: Record<string, ShownAs> = {},
): DetailRow[] {
  return shownOrder(fields).flatMap(([name, field]): DetailRow[] => {
    if (name in shownAs) {
      const row = shownAs[name];
      return row ? [row] : [];
    }
    return [[detailLabel(name, field, words), shownValue(name, field, record, words)]];
  });
}

// The form schema and the form values of an area, derived from its field declarations
// (lib/records/fields.ts): one zod field per kind of value (lib/records/form-fields.ts), and the
// text each value shows in the form. No server imports: forms, actions, the API and imports use it.
import { z } from "zod";
import { dateToParisInput } from "@/lib/time";
import { canonicalTimeZone } from "@/lib/time-zones";
import { isCountryCode } from "./countries";
import { centsToInput, parseEuros } from "@/lib/money";
import { decimalText, fieldValuesOf, maxCents, type Field, type Fields, type FieldValues } from "./fields";
import {
  checkboxField,
  dayField,
  idList,
  optionalDayField,
  optionalId,
  optionalText,
  optionalWholeNumber,
  parisDateTime,
  requiredText,
  wholeNumber,
} from "./form-fields";

/** A country code typed or chosen; "" means none (or is refused when the country is required). */
function countrySchema(field: Field & { kind: "country" }) {
  return z
    .string({ error: field.required ? "required" : "invalid" })
    .trim()
    .default("")
    .transform((code, context) => {
      const upper = code.toUpperCase();
      const problem =
        upper === ""
          ? field.required
            ? "required"
            : null
          : isCountryCode(upper)
            ? null
            : (field.message ?? "unknownCountry");
      if (problem) {
        context.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return upper === "" ? null : upper;
    });
}

/** An amount in euros ("1 500,50 €"), as cents; "" means none (or is refused when required). */
function moneySchema(field: Field & { kind: "money" }) {
  return z
    .string({ error: "invalid" })
    .trim()
    .default("")
    .transform((text, context) => {
      const cents = parseEuros(text);
      const problem =
        cents === null
          ? field.required
            ? "required"
            : null
          : text.startsWith("-")
            ? "notNegative"
            : Number.isNaN(cents) || cents > maxCents
              ? "invalidAmount"
              : null;
      if (problem) {
        context.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return cents;
    });
}

/** A decimal typed with a point or a comma ("43,7"), within the declared bounds; "" means none. */
function decimalSchema(field: Field & { kind: "decimal" }) {
  return z
    .string({ error: "invalid" })
    .trim()
    .default("")
    .transform((text, context) => {
      if (text === "") return null;
      const value = Number(text.replace(",", "."));
      if (!/^[-+]?\d+([.,]\d+)?$/.test(text) || value < field.min || value > field.max) {
        context.addIssue({ code: "custom", message: field.message });
        return z.NEVER;
      }
      return value;
    });
}

/**
 * A code typed in capitals, checked against the declared pattern, then its length; "" means none
 * (or is refused when the code is required).
 */
function codeSchema(field: Field & { kind: "code" }) {
  const pattern = new RegExp(`^(?:${field.pattern})$`);
  return z
    .string({ error: field.required ? "required" : "invalid" })
    .trim()
    .toUpperCase()
    .default("")
    .transform((code, context) => {
      const problem =
        code === ""
          ? field.required
            ? "required"
            : null
          : !pattern.test(code)
            ? field.message
            : code.length > field.length
              ? "tooLong"
              : null;
      if (problem) {
        context.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return code === "" ? null : code;
    });
}

/** One of the declared codes; "" means none unless required. */
function choiceSchema(field: Field & { kind: "choice" }) {
  const choice = z.enum(field.choices as [string, ...string[]], { error: "invalidChoice" });
  if (field.required) return choice;
  return z.preprocess((value) => (value === "" || value === undefined ? null : value), choice.nullable());
}

function timeZoneSchema(field: Field & { kind: "timeZone" }) {
  return z
    .string({ error: field.required ? "required" : "invalid" })
    .trim()
    .default("")
    .transform((name, context) => {
      if (name === "") {
        if (field.required) context.addIssue({ code: "custom", message: "required" });
        return field.required ? z.NEVER : null;
      }
      const zone = canonicalTimeZone(name);
      if (zone === null) context.addIssue({ code: "custom", message: "unknownTimeZone" });
      return zone ?? z.NEVER;
    });
}

function fieldSchema(field: Field): z.ZodType {
  switch (field.kind) {
    case "text":
    case "longText":
      return field.required ? requiredText(field.max) : optionalText(field.max);
    case "wholeNumber": {
      const bounds = { min: field.min, max: field.max, message: field.message };
      return field.required ? wholeNumber(bounds) : optionalWholeNumber(bounds);
    }
    case "parisDateTime":
      return parisDateTime;
    case "day":
      return field.required ? dayField : optionalDayField;
    case "code":
      return codeSchema(field);
    case "choice":
      return choiceSchema(field);
    case "yesNo":
      return checkboxField;
    case "country":
      return countrySchema(field);
    case "timeZone":
      return timeZoneSchema(field);
    case "decimal":
      return decimalSchema(field);
    case "money":
      return moneySchema(field);
    case "link":
      return optionalId;
    case "links":
      return idList;
  }
}

/** The zod object of the fields, as their form sends them (lists for multi-value fields). */
export function formSchemaOf<const T extends Fields>(
  fields: T,
): z.ZodObject<{ [K in keyof T]: z.ZodType<FieldValues<T>[K]> }> {
  return z.object(
    Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldSchema(field)])),
  ) as never;
}

function formText(field: Field, value: unknown): string {
  if (value === null || value === undefined) return "";
  switch (field.kind) {
    case "parisDateTime":
      return dateToParisInput(value as Date);
    case "links":
      return (value as string[]).join(",");
    case "yesNo":
      return value ? "on" : "";
    case "decimal":
      return decimalText(value as number);
    case "money":
      return centsToInput(value as number);
    default:
      return String(value);
  }
}

/** A record's values as the form's text fields (lists comma-separated), for the edit form. */
export function formValuesOf<T extends Fields>(fields: T, values: FieldValues<T>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, formText(field, values[name])]));
}

/** A stored record as its edit form holds it: its id, the version it loaded and each field's text. */
export function editFormValuesOf<T extends Fields>(
  fields: T,
  record: { id: string; version: number } & Record<string, unknown>,
): Record<string, string> {
  return { id: record.id, version: String(record.version), ...formValuesOf(fields, fieldValuesOf(fields, record)) };
}

import "server-only";
import { z } from "zod";
import { acceptedYears } from "@/lib/time";
import { maxTimeZoneLength } from "@/lib/time-zones";
import { centsToInput } from "@/lib/money";
import { decimalText, maxCents, type Field, type Fields } from "./fields";

// The API's side of an area's field declarations (lib/records/fields.ts): the JSON body a write
// takes, with its limits in the OpenAPI document as maxLength / minimum / maximum, and its
// translation into the form's text fields, so the area's own form schema judges an API write
// with the same rules and messages as a form.

/** "required" when the field is missing, "invalid" when it has the wrong type. */
export const typed = { error: (issue: { input?: unknown }) => (issue.input === undefined ? "required" : "invalid") };

const linkNames: Record<string, string> = {
  sector: "sectors",
  partner: "partner organisations",
  objective: "objectives",
  destination: "destinations",
};

function sentence(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}

function bodyField(field: Field): z.ZodType {
  const schema = bodyFieldOfKind(field);
  return field.example === undefined ? schema : schema.meta({ examples: [field.example] });
}

function bodyFieldOfKind(field: Field): z.ZodType {
  switch (field.kind) {
    case "text":
    case "longText": {
      const text = z.string(typed);
      const meta = {
        maxLength: field.max,
        description: sentence(field.description, field.required ? undefined : "Omitted means empty."),
      };
      return field.required ? text.meta(meta) : text.optional().meta(meta);
    }
    case "wholeNumber": {
      // The bounds on the number itself, so the document says them of the number, not of "or null".
      const number = z.number(typed).int({ error: field.message }).meta({ minimum: field.min, maximum: field.max });
      const description = sentence(field.description);
      return field.required ? number.meta({ description }) : number.nullable().optional().meta({ description });
    }
    case "decimal": {
      const number = z.number(typed).meta({ minimum: field.min, maximum: field.max });
      return number
        .nullable()
        .optional()
        .meta({ description: sentence(field.description, "Null or omitted means none.") });
    }
    case "money": {
      const cents = z.number(typed).int({ error: "invalidAmount" }).meta({ minimum: 0, maximum: maxCents });
      const description = sentence(field.description, "In euro cents.");
      return field.required
        ? cents.meta({ description })
        : cents
            .nullable()
            .optional()
            .meta({ description: sentence(description, "Null or omitted means none.") });
    }
    case "parisDateTime":
      return z
        .string(typed)
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "invalid" })
        .meta({
          description: sentence(
            field.description,
            `Europe/Paris local time without offset, "YYYY-MM-DDTHH:MM" (e.g. "2016-05-12T14:30" is 12:30 UTC), in the years ${acceptedYears.first} to ${acceptedYears.last}. Answers give the instant in UTC (ISO 8601).`,
          ),
          examples: ["2016-05-12T14:30"],
        });
    case "day": {
      const day = z
        .string(typed)
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
        .meta({
          description: sentence(
            field.description,
            `"YYYY-MM-DD", in the years ${acceptedYears.first} to ${acceptedYears.last}.`,
            field.required ? undefined : "Null or omitted means none.",
          ),
          examples: ["2016-05-12"],
        });
      return field.required ? day : day.nullable().optional();
    }
    case "code": {
      const meta = {
        description: sentence(field.description, field.required ? undefined : "Null or omitted means none."),
        maxLength: field.length,
        pattern: `^(?:${field.pattern})$`,
      };
      return field.required ? z.string(typed).meta(meta) : z.string(typed).nullable().optional().meta(meta);
    }
    case "choice": {
      const choice = z
        .enum(field.choices as [string, ...string[]], { error: "invalidChoice" })
        .meta({ description: sentence(field.description, field.required ? undefined : "Null or omitted means none.") });
      return field.required ? choice : choice.nullable().optional();
    }
    case "yesNo":
      return z
        .boolean(typed)
        .default(field.default)
        .meta({
          description: sentence(
            field.description,
            `${field.default} when absent, on a PUT too (a PUT replaces the record).`,
          ),
        });
    case "country": {
      const code = z.string(typed);
      const meta = { description: sentence(field.description), pattern: "^[A-Za-z]{2}$", examples: ["IL"] };
      return field.required ? code.meta(meta) : code.nullable().optional().meta(meta);
    }
    case "timeZone": {
      const meta = {
        description: sentence(field.description, field.required ? undefined : "Null or omitted means none."),
        maxLength: maxTimeZoneLength,
        examples: ["Asia/Shanghai"],
      };
      return field.required ? z.string(typed).meta(meta) : z.string(typed).nullable().optional().meta(meta);
    }
    case "link":
      return z
        .string(typed)
        .nullable()
        .optional()
        .meta({ description: sentence(field.description ?? `Id of a ${field.to}.`, "Null or omitted means none.") });
    case "links":
      return z
        .array(z.string(typed), typed)
        .optional()
        .meta({
          description: sentence(
            field.description ?? `Ids of ${linkNames[field.to] ?? field.to}.`,
            "Omitted means none. Archived entries are refused unless already linked.",
          ),
        });
  }
}

/** The strict JSON object a create or an update takes: every declared field, nothing else. */
export function jsonBodyOf(fields: Fields): z.ZodObject {
  return z.strictObject(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, bodyField(field)])));
}

function formText(field: Field, value: unknown): string | string[] {
  if (field.kind === "links") return Array.isArray(value) ? (value as string[]) : [];
  if (field.kind === "yesNo") return value ? "on" : "";
  if (field.kind === "decimal" && typeof value === "number") return decimalText(value);
  if (field.kind === "money" && typeof value === "number")
    return value < 0 ? `-${centsToInput(-value)}` : centsToInput(value);
  return value === null || value === undefined ? "" : String(value);
}

/** A parsed body as the area's form posts it: text fields, lists for multi-value fields. */
export function bodyFormInput(fields: Fields, body: Record<string, unknown>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, formText(field, body[name])]));
}

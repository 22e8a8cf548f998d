import "server-only";
import { z } from "zod";
import { dayString, instantString, jsonInstant } from "@/lib/api/resource";
import { storedValue, type Field, type Fields } from "@/lib/records/fields";
import { typed } from "@/lib/records/json-fields";
import { acceptedYears } from "@/lib/time";

// JSON pieces shared by the operational records' resources (missions, delegations, events, joint
// actions): linked reference data in answers, and body fields whose zod messages are the forms'
// message codes, so a body refused before the area's schema runs still reads like a form error.

export { typed };

/** A linked record named in the caller's language (sectors, objectives) or by its name (partners). */
export const namedLink = z.object({ id: z.string(), name: z.string() });

export const toNamedLinks = (links: { id: string; label: string }[]) =>
  links.map(({ id, label }) => ({ id, name: label }));

export const destinationLink = z.object({
  id: z.string(),
  city: z.string(),
  countryCode: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
});

export const toDestinationLink = ({ id, city, countryCode }: { id: string; city: string; countryCode: string }) => ({
  id,
  city,
  countryCode,
});

/** Free text of at most `max` characters; omitted means empty. */
export const optionalText = (max: number) =>
  z
    .string(typed)
    .optional()
    .meta({ description: `At most ${max} characters; omitted means empty.` });

/** Ids of reference records; omitted means none. */
export const idArray = (what: string) =>
  z
    .array(z.string(typed), typed)
    .optional()
    .meta({ description: `Ids of ${what}; omitted means none. Archived entries are refused unless already linked.` });

/** A nullable link to one record: null or omitted means none. */
export const optionalId = (what: string) =>
  z
    .string(typed)
    .nullable()
    .optional()
    .meta({ description: `Id of ${what}; null or omitted means none.` });

/**
 * Delegations and events are timed in Paris: bodies take the wall-clock time the forms take
 * (lib/time.ts, parisInputToDate), answers give the instant in UTC.
 */
export const parisLocalDateTime = (description: string) =>
  z
    .string(typed)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "invalid" })
    .meta({
      description: `${description} Europe/Paris local time without offset, "YYYY-MM-DDTHH:MM" (e.g. "2016-05-12T14:30" is 12:30 UTC), in the years ${acceptedYears.first} to ${acceptedYears.last}. Answers give the instant in UTC (ISO 8601).`,
      examples: ["2016-05-12T14:30"],
    });

export const statusChangeReason = z
  .string(typed)
  .optional()
  .meta({ description: "Why the record is cancelled: required when `status` is CANCELLED, at most 1000 characters." });

/** How an answer names a links field's entries: by their name in the caller's language. */
function linksAnswer(field: Field & { kind: "links" }): z.ZodType {
  const entries = z.array(namedLink);
  const description =
    field.to === "sector" || field.to === "objective"
      ? sentence(field.description, "Named in the caller's language.")
      : field.description;
  return description ? entries.meta({ description }) : entries;
}

function sentence(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}

function answerField(field: Field): z.ZodType {
  const described = <S extends z.ZodType>(schema: S, ...more: string[]) => {
    const description = sentence(field.description, ...more);
    return description ? schema.meta({ description }) : schema;
  };
  switch (field.kind) {
    case "text":
    case "longText":
      return described(z.string());
    case "wholeNumber":
      return field.required
        ? described(z.number().int())
        : described(z.number().int().nullable(), "Null when not known.");
    case "decimal":
      return described(z.number().nullable(), "Null when not known.");
    case "money":
      return field.required
        ? described(z.number().int(), "In euro cents.")
        : described(z.number().int().nullable(), "In euro cents; null when not known.");
    case "parisDateTime":
      return described(instantString, "In UTC (ISO 8601).");
    case "day":
      return field.required ? described(dayString) : described(dayString.nullable(), "Null when none.");
    case "choice": {
      const choice = z.enum(field.choices as [string, ...string[]]);
      return field.required ? described(choice) : described(choice.nullable(), "Null when none.");
    }
    case "yesNo":
      return described(z.boolean());
    case "code":
    case "timeZone":
      return field.required ? described(z.string()) : described(z.string().nullable(), "Null when none.");
    case "country":
      return described(z.string(), "ISO 3166-1 alpha-2 code.");
    case "link":
      return described(z.string().nullable(), "Null when none.");
    case "links":
      return linksAnswer(field);
  }
}

/**
 * The part of a record's answer that its field declarations make (lib/records/fields.ts): each
 * column under the field's name, a link as its id, each links field's entries under its relation.
 * The area's answer extends it with what is not a field (status, version…).
 */
export function answerShapeOf(fields: Fields): Record<string, z.ZodType> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [field.kind === "links" ? field.relation : name, answerField(field)]),
  );
}

/** A record's detail (lib/records/read-fields.ts) as `answerShapeOf` describes it. */
export function toAnswerFields(fields: Fields, record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => {
      if (field.kind === "links")
        return [field.relation, toNamedLinks((record[field.relation] ?? []) as { id: string; label: string }[])];
      const value = storedValue(field, record[name]);
      return [name, value instanceof Date ? jsonInstant(value) : value];
    }),
  );
}

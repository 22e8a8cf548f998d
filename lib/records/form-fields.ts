// The zod schemas of form fields, one per kind of value, shared by every area's form schema and
// by the schemas derived from field declarations (form-schema.ts). Form values arrive as text.
// Messages are keys under "validation" or under the area's own "<area>.validation" (lib/actions/
// form-input.ts looks them up). No server imports.
import { z } from "zod";
import { isAcceptedDay, isAcceptedYear, parisInputToDate } from "@/lib/time";

import { maxLongTextLength, maxShortTextLength, maxTitleLength } from "./fields";

export { maxLongTextLength, maxShortTextLength, maxTitleLength };

/** The id of the record a form edits (a hidden field). */
export const recordId = z
  .string({ error: "invalid" })
  .trim()
  .min(1, { error: "invalid" })
  .max(64, { error: "invalid" });

/** The version of the record the form loaded: a save over a newer one is refused (optimistic locking). */
export const recordVersion = z.coerce
  .number({ error: "invalid" })
  .int({ error: "invalid" })
  .min(1, { error: "invalid" });

/** A required single-line text, trimmed. */
export function requiredText(max = maxTitleLength) {
  return z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
}

/** An optional text, trimmed; "" when left empty (the columns default to ""). */
export function optionalText(max = maxLongTextLength) {
  return z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }).default("");
}

/** A required choice of a record (a select or a picker). */
export const requiredId = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(64, { error: "invalid" });

/** An optional choice in a select or picker: "" means none. */
export const optionalId = z
  .string({ error: "invalid" })
  .trim()
  .max(64, { error: "invalidChoice" })
  .default("")
  .transform((value) => (value === "" ? null : value));

/** The chosen entries of a multi-value field (checkboxes, a multi-choice picker), each once. */
export const idList = z
  .array(
    z.string({ error: "invalidChoice" }).trim().min(1, { error: "invalidChoice" }).max(64, { error: "invalidChoice" }),
    {
      error: "invalidChoice",
    },
  )
  .max(500, { error: "invalidChoice" })
  .default([])
  .transform((ids) => [...new Set(ids)]);

/** A checkbox: present ("on") when ticked, absent otherwise. */
export const checkboxField = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** A datetime-local value read as Paris time, in the accepted years. */
export const parisDateTime = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .transform((value, context) => {
    const instant = parisInputToDate(value);
    if (!instant) {
      context.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return instant;
  });

/** A calendar day as `<input type="date">` sends it (YYYY-MM-DD), checked to exist and to be in the accepted years. */
export const dayField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine(isAcceptedDay, { error: "invalidDate" });

/** An optional calendar day; null when left empty. */
export const optionalDayField = z
  .string({ error: "invalid" })
  .trim()
  .default("")
  .refine((day) => day === "" || isAcceptedDay(day), { error: "invalidDate" })
  .transform((day) => (day === "" ? null : day));

/** A year typed in a field (agreement themes, priority periods) or sent as a number: one of the accepted years. */
export const yearField = z.unknown().transform((value, context) => {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const year = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (text === "" || !isAcceptedYear(year)) {
    context.addIssue({ code: "custom", message: text === "" ? "required" : "invalidYear" });
    return z.NEVER;
  }
  return year;
});

type Bounds = { min: number; max: number; message: string };

function boundedWholeNumber(text: string, bounds: Bounds, context: z.RefinementCtx): number {
  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (value >= bounds.min && value <= bounds.max) return value;
  context.addIssue({ code: "custom", message: bounds.message });
  return Number.NaN;
}

/** A whole number typed in a field, within bounds (negative numbers, decimals and text refused). */
export function wholeNumber(bounds: Bounds) {
  return z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .transform((text, context) => boundedWholeNumber(text, bounds, context));
}

/** The same, or `null` when left empty. */
export function optionalWholeNumber(bounds: Bounds) {
  return z
    .string({ error: "invalid" })
    .trim()
    .default("")
    .transform((text, context) => (text === "" ? null : boundedWholeNumber(text, bounds, context)));
}

/**
 * For a cross-field rule (dates in order…): run it even when other fields failed, so the form
 * shows every problem at once, but only once the fields it compares have parsed.
 */
export function whenParsed(...fields: string[]) {
  return (payload: z.core.ParsePayload) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}

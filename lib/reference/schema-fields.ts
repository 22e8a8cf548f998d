// Field schemas shared by the record forms of agreements, towns and reference data, and by their
// actions: no server imports. Messages are keys under "validation", or under "reference.validation"
// for the few rules the generic keys cannot say (see lib/reference/form-errors.ts).
import { z } from "zod";
import { isAcceptedDay, isAcceptedYear } from "@/lib/time";

export const maxTitleLength = 200;
export const maxLongTextLength = 5000;

/** A required single-line text, trimmed. */
export function requiredText(max = maxTitleLength) {
  return z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
}

/** An optional text, trimmed; "" when left empty (the columns default to ""). */
export function optionalText(max = maxLongTextLength) {
  return z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }).default("");
}

/** The version of the record the form loaded (optimistic locking). */
export const versionField = z.coerce
  .number({ error: "invalid" })
  .int({ error: "invalid" })
  .min(1, { error: "invalid" });

export const idField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(64, { error: "invalid" });

/** A reference chosen in a select; "" means none. */
export const optionalIdField = z
  .string({ error: "invalid" })
  .trim()
  .max(64, { error: "invalid" })
  .default("")
  .transform((value) => (value === "" ? null : value));

/** A checkbox: present ("on") when ticked, absent otherwise. */
export const checkboxField = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** A calendar day as `<input type="date">` sends it (YYYY-MM-DD), checked to exist and to be in the accepted years. */
export const dayField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine(isAcceptedDay, { error: "invalidDate" });

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

/** An optional calendar day; null when left empty. */
export const optionalDayField = z
  .string({ error: "invalid" })
  .trim()
  .default("")
  .refine((day) => day === "" || isAcceptedDay(day), { error: "invalidDate" })
  .transform((day) => (day === "" ? null : day));

/** A list of ids from a multi-select (several values of one form field). */
export const idListField = z
  .array(z.string().trim().min(1).max(64), { error: "invalidChoice" })
  .max(500, { error: "invalidChoice" });

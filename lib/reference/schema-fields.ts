// Field schemas shared by the record forms of agreements, towns and reference data, and by their
// actions: no server imports. Messages are keys under "validation", or under "reference.validation"
// for the few rules the generic keys cannot say (see lib/reference/form-errors.ts).
import { z } from "zod";

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
export const versionField = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" });

export const idField = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(64, { error: "invalid" });

/** A reference chosen in a select; "" means none. */
export const optionalIdField = z
  .string({ error: "invalid" })
  .trim()
  .max(64, { error: "invalid" })
  .default("")
  .transform((value) => (value === "" ? null : value));

/** A checkbox: present ("on") when ticked, absent otherwise. */
export const checkboxField = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** A calendar day as `<input type="date">` sends it (YYYY-MM-DD), checked to exist. */
export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

export const dayField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine(isValidDay, { error: "invalid" });

/** An optional calendar day; null when left empty. */
export const optionalDayField = z
  .string({ error: "invalid" })
  .trim()
  .default("")
  .refine((day) => day === "" || isValidDay(day), { error: "invalid" })
  .transform((day) => (day === "" ? null : day));

/** A list of ids from a multi-select (several values of one form field). */
export const idListField = z.array(z.string().trim().min(1).max(64), { error: "invalidChoice" }).max(500, { error: "invalidChoice" });

/** Archive or restore a record at the version the user saw. */
export const archiveSchema = z.object({
  id: idField,
  version: versionField,
  archived: z.enum(["true", "false"], { error: "invalid" }).transform((value) => value === "true"),
});
export type ArchiveInput = z.output<typeof archiveSchema>;

// Zod fields shared by the delegation and event forms (and candidates for lib/records once other
// areas want them). No server imports. Messages are keys under "validation" or the area's own
// "<area>.validation" (see form-input.ts).
import { z } from "zod";
import { parisInputToDate } from "@/lib/time";

export const maxTitleLength = 200;
export const maxShortTextLength = 200;
export const maxLongTextLength = 5000;

export const recordId = z
  .string({ error: "invalid" })
  .trim()
  .min(1, { error: "invalid" })
  .max(64, { error: "invalid" });

/** The version the form loaded: a save over a newer one is refused (optimistic locking). */
export const recordVersion = z.coerce
  .number({ error: "invalid" })
  .int({ error: "invalid" })
  .min(1, { error: "invalid" });

export const titleField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(maxTitleLength, { error: "tooLong" });

export function optionalText(max: number) {
  return z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }).default("");
}

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

/** An optional choice in a select: "" means none. */
export const optionalId = z
  .string({ error: "invalid" })
  .trim()
  .max(64, { error: "invalidChoice" })
  .default("")
  .transform((value) => (value === "" ? null : value));

/** The ticked boxes of a checkbox group, each once. */
export const idList = z
  .array(recordId, { error: "invalidChoice" })
  .max(100, { error: "invalidChoice" })
  .default([])
  .transform((ids) => [...new Set(ids)]);

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

import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import { formValues } from "@/lib/forms";

// Form plumbing shared by the delegation and event actions (both read multi-value fields and have
// validation messages of their own). A candidate for lib/forms.ts once other areas need it.

/**
 * The submitted form twice: as the schema reads it (checkbox groups as lists) and as the form gets
 * it back after a refusal (lists joined by commas; ids never contain one).
 */
export function readRecordForm(formData: FormData, listFields: readonly string[]): { input: Record<string, string | string[]>; values: Record<string, string> } {
  const values = formValues(formData, [...listFields]);
  const lists: Record<string, string[]> = {};
  for (const field of listFields) {
    lists[field] = formData.getAll(field).filter((value): value is string => typeof value === "string");
    values[field] = lists[field].join(",");
  }
  return { input: { ...values, ...lists }, values };
}

/**
 * Like lib/forms#invalidInput, but a message key may also name one of the area's own messages
 * (`<area>.validation.<key>`), e.g. "departure before arrival".
 */
export async function invalidRecordInput(error: z.ZodError, values: Record<string, string>, area: "delegations" | "events"): Promise<ActionResult<never>> {
  const [tShared, tArea] = await Promise.all([getTranslations("validation"), getTranslations(area)]);
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const areaKey = `validation.${issue.message}` as Parameters<typeof tArea>[0];
    const sharedKey = issue.message as Parameters<typeof tShared>[0];
    const message = tArea.has(areaKey) ? tArea(areaKey) : tShared.has(sharedKey) ? tShared(sharedKey) : tShared("invalid");
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return { ok: false, message: tShared("summary"), fieldErrors, values };
}

import "server-only";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { ConflictError, DomainError, type ActionResult, type FieldErrors } from "@/lib/action-result";

/** The text fields of a submitted form, for parsing and for sending back what the user typed. */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** A rejected input: field-level messages (translated), the general message, and the typed values back. */
export async function invalidInput(error: z.ZodError, values: Record<string, string>): Promise<ActionResult<never>> {
  const t = await getTranslations("validation");
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const key = issue.message as Parameters<typeof t>[0];
    (fieldErrors[field] ??= []).push(t.has(key) ? t(key) : t("invalid"));
  }
  return { ok: false, message: t("summary"), fieldErrors, values };
}

/**
 * Turns a failure of the data layer into the action's result: domain errors keep their message;
 * anything else is logged and reported generically. Navigation (redirect to sign-in, 403) passes.
 */
export async function failedAction(error: unknown, values?: Record<string, string>): Promise<ActionResult<never>> {
  unstable_rethrow(error);
  const t = await getTranslations("errors");
  if (error instanceof DomainError) {
    // A problem with one field is said next to that field; the form only says what to look for.
    const message = error.fieldErrors ? (await getTranslations("validation"))("summary") : t(error.code);
    const conflict = error instanceof ConflictError ? { conflict: error.changed } : {};
    return { ok: false, message, fieldErrors: translateFieldErrors(error.fieldErrors, t), values, ...conflict };
  }
  console.error("Unexpected error in a server action", error);
  return { ok: false, message: t("unexpected"), values };
}

function translateFieldErrors(fieldErrors: FieldErrors | undefined, t: (key: DomainError["code"]) => string): FieldErrors | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, codes]) => [field, codes?.map((code) => t(code as DomainError["code"]))]));
}

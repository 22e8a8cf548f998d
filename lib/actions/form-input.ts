import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action-result";

// Reading a submitted form, and telling the user what to correct. One way for every action
// (lib/actions/form-action.ts).

export type FormReading = {
  /** What the action's schema parses. */
  input: unknown;
  /** What the form gets back after a refusal, so nothing typed is lost. */
  values: Record<string, string>;
};

/** The text fields of a submitted form, for parsing and for sending back what the user typed. */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** Every value of a repeated field (a multi-select or checkbox group), in order. */
export function formList(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");
}

/**
 * The form with its multi-value fields as lists for the schema, and as one comma-separated text
 * in the values sent back (ids never contain a comma).
 */
export function readFormWithLists(listFields: readonly string[]): (formData: FormData) => FormReading {
  return (formData) => {
    const values = formValues(formData, listFields);
    const lists: Record<string, string[]> = {};
    for (const field of listFields) {
      lists[field] = formList(formData, field);
      values[field] = lists[field].join(",");
    }
    return { input: { ...values, ...lists }, values };
  };
}

/** The plain reading: text fields, parsed as they are. */
export function readForm(formData: FormData): FormReading {
  const values = formValues(formData);
  return { input: values, values };
}

/** The namespaces of the areas' own validation messages. */
export type AreaMessages =
  | "missions.validation"
  | "delegations.validation"
  | "events.validation"
  | "jointActions.validation"
  | "reference.validation";

/**
 * A refused input: one message per field (the field is the issue's whole path, "partners.1.role",
 * so a form shows it next to its row), the general message, and the typed values back. A message
 * is a key under the area's namespace (`areaMessages`, e.g. "missions.validation") or under
 * "validation"; anything else reads as "invalid".
 */
export async function invalidInput(
  error: z.ZodError,
  values: Record<string, string>,
  areaMessages?: AreaMessages,
): Promise<ActionResult<never>> {
  const [shared, area] = await Promise.all([
    getTranslations("validation"),
    areaMessages ? getTranslations(areaMessages as "missions.validation") : null,
  ]);
  const has = (t: typeof shared | null, key: string) =>
    t !== null && (t as unknown as { has(key: string): boolean }).has(key);
  const say = (t: typeof shared, key: string) => (t as unknown as (key: string) => string)(key);
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    const message = has(area, issue.message)
      ? say(area!, issue.message)
      : has(shared, issue.message)
        ? say(shared, issue.message)
        : say(shared, "invalid");
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return { ok: false, message: say(shared, "summary"), fieldErrors, values };
}

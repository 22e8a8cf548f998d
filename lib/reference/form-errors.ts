import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action-result";

/**
 * Like lib/forms.ts#invalidInput, for the record forms of agreements, towns and reference data:
 * a message may also be a key under "reference.validation" (dates in the wrong order, a theme
 * year outside the agreement…), and an issue inside a list (`themes[1].year`) is reported on the
 * field named "themes.1.year", so the form can show it next to that row.
 */
export async function invalidRecordInput(error: z.ZodError, values: Record<string, string>): Promise<ActionResult<never>> {
  const [tGeneric, tRecord] = await Promise.all([getTranslations("validation"), getTranslations("reference.validation")]);
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    const message = tRecord.has(issue.message as never)
      ? tRecord(issue.message as Parameters<typeof tRecord>[0])
      : tGeneric.has(issue.message as never)
        ? tGeneric(issue.message as Parameters<typeof tGeneric>[0])
        : tGeneric("invalid");
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return { ok: false, message: tGeneric("summary"), fieldErrors, values };
}

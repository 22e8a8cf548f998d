import "server-only";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import { ConflictError, DomainError, type ActionResult, type FieldErrors } from "@/lib/action-result";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * PostgreSQL gave up a transaction that raced another (a write conflict or a deadlock, Prisma
 * P2034): the loser is told someone else changed the record at the same moment, not "unexpected".
 */
function isLostRace(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
}

/**
 * Turns a failure of the data layer into the action's result: domain errors keep their message;
 * anything else is logged and reported generically. Navigation (redirect to sign-in, 403) passes.
 */
export async function failedAction(error: unknown, values?: Record<string, string>): Promise<ActionResult<never>> {
  unstable_rethrow(error);
  const t = await getTranslations("errors");
  const domain = isLostRace(error) ? new ConflictError([]) : error;
  if (domain instanceof DomainError) {
    // A problem with one field is said next to that field; the form only says what to look for.
    const message = domain.fieldErrors ? (await getTranslations("validation"))("summary") : t(domain.code);
    const conflict = domain instanceof ConflictError ? { conflict: domain.changed } : {};
    return { ok: false, message, fieldErrors: translateFieldErrors(domain.fieldErrors, t), values, ...conflict };
  }
  console.error("Unexpected error in a server action", error);
  return { ok: false, message: t("unexpected"), values };
}

function translateFieldErrors(
  fieldErrors: FieldErrors | undefined,
  t: (key: DomainError["code"]) => string,
): FieldErrors | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, codes]) => [field, codes?.map((code) => t(code as DomainError["code"]))]),
  );
}

// What a server action did, as the browser would see it: Next's redirect and 403/404 pages are
// thrown errors with a digest (next/dist/client/components/redirect.js, http-access-fallback);
// anything else is the action's own result.
import type { Outcome } from "@/tests/authorization/matrix";
import { nextIntlServerModule } from "./next-modules";

export type ActionOutcome = { outcome: Outcome | "failed"; detail: string };

function digestOf(error: unknown): string | null {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
    ? error.digest
    : null;
}

async function messageFor(key: "notFound" | "forbidden"): Promise<string> {
  return (await nextIntlServerModule.getTranslations("errors"))(key);
}

/** Calls the action as a form would (useActionState's previous state first, unless it takes the form alone). */
export async function runServerAction(
  action: (...args: unknown[]) => Promise<unknown>,
  formData: FormData,
): Promise<ActionOutcome> {
  let result: unknown;
  try {
    result = action.length === 1 ? await action(formData) : await action(null, formData);
  } catch (error) {
    const digest = digestOf(error);
    if (digest?.startsWith("NEXT_REDIRECT;")) {
      const url = digest.split(";")[2] ?? "";
      return { outcome: url.startsWith("/sign-in") ? "sign-in" : "ok", detail: `redirect to ${url}` };
    }
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return { outcome: "403", detail: "the 403 page" };
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { outcome: "404", detail: "the 404 page" };
    return { outcome: "failed", detail: `threw ${String(error)}` };
  }
  if (result === undefined) return { outcome: "ok", detail: "no result (a plain form action)" };
  const answer = result as { ok?: boolean; message?: string; fieldErrors?: unknown };
  if (answer.ok === true) return { outcome: "ok", detail: "ok: true" };
  const detail = `ok: false, ${answer.message} ${JSON.stringify(answer.fieldErrors ?? {})}`;
  // The data layer's own refusals: the record is out of the caller's scope, or their role may not.
  if (answer.message === (await messageFor("notFound"))) return { outcome: "404", detail };
  if (answer.message === (await messageFor("forbidden"))) return { outcome: "403", detail };
  return { outcome: "failed", detail };
}

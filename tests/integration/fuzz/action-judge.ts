// Calling a server action as a browser's form would, and judging its answer: accepted, refused
// as it should be, or a problem (an unhandled error, the generic "unexpected error" message).
// Shared by the server-action fuzzing and the date-extremes test.
import type { DiscoveredAction } from "../authorization/discover";
import { nextIntlServerModule } from "../authorization/next-modules";
import { form } from "../authorization/scenarios/types";

/** What an action answers when something unexpected went wrong (the 500 of a form), in both languages. */
let unexpectedMessages: Promise<string[]> | undefined;

function unexpected(): Promise<string[]> {
  unexpectedMessages ??= Promise.all(
    ["fr", "en"].map((locale) => nextIntlServerModule.getTranslations({ locale, namespace: "errors" })),
  ).then((errors) => errors.map((t) => t("unexpected")));
  return unexpectedMessages;
}

export function toFormData(fields: Record<string, string | string[] | File | undefined>): FormData {
  const data = form({});
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

export function fieldsOf(data: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const name of new Set(data.keys())) {
    const values = data.getAll(name).map(String);
    fields[name] = values.length === 1 ? values[0]! : values;
  }
  return fields;
}

export type Verdict = { accepted: boolean; problem?: string };

export async function judge(action: DiscoveredAction, data: FormData): Promise<Verdict> {
  let result: unknown;
  try {
    result = action.run.length === 1 ? await action.run(data) : await action.run(null, data);
  } catch (error) {
    const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
    if (digest.startsWith("NEXT_REDIRECT;")) return { accepted: !digest.includes(";/sign-in;") };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return { accepted: false };
    return { accepted: false, problem: `unhandled error: ${String(error)}` };
  }
  if (result === undefined) return { accepted: true };
  const answer = result as { ok: boolean; message?: string };
  if (answer.ok) return { accepted: true };
  return (await unexpected()).includes(answer.message ?? "")
    ? { accepted: false, problem: "answered with the generic unexpected-error message" }
    : { accepted: false };
}

import "server-only";
import { createTranslator } from "next-intl";
import { areaNamespaces, loadMessages } from "@/lib/i18n/messages";
import { intlLocaleOf, type AppLocale } from "@/lib/i18n/config";
import { problemKinds, type ProblemKind } from "./problem";

// API errors speak the caller's language (their account's locale), titles included, with the same
// sentences as the forms: a field code like "tooLong" is looked up under "validation", then under each area's
// "<area>.validation", then under "errors".

const cache = new Map<AppLocale, Promise<Record<string, unknown>>>();

function messagesFor(locale: AppLocale) {
  let messages = cache.get(locale);
  if (!messages) {
    messages = loadMessages(locale);
    cache.set(locale, messages);
  }
  return messages;
}

export type ApiTranslator = {
  field(code: string): string;
  error(code: string): string;
  /** A problem document's title ("Données invalides"), English when the messages have none. */
  title(kind: ProblemKind): string;
};

export async function apiTranslator(locale: AppLocale): Promise<ApiTranslator> {
  const messages = await messagesFor(locale);
  const t = createTranslator({ locale: intlLocaleOf[locale], messages });
  const has = (key: string) => (t as unknown as { has(key: string): boolean }).has(key);
  const say = (key: string) => (t as unknown as (key: string) => string)(key);
  const lookup = (keys: string[], fallback: string) => {
    const key = keys.find(has);
    return key ? say(key) : fallback;
  };
  return {
    field: (code) =>
      lookup(
        [`validation.${code}`, ...areaNamespaces.map((area) => `${area}.validation.${code}`), `errors.${code}`],
        say("validation.invalid"),
      ),
    error: (code) => lookup([`errors.${code}`], say("errors.unexpected")),
    title: (kind) => lookup([`apiProblems.${kind}`], problemKinds[kind].title),
  };
}

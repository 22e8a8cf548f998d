// The sentences of the spreadsheet engine in the reader's language, from the same message files
// as the pages (messages/<locale>/spreadsheets.json and the areas' own labels). Both languages are
// loaded at once: an import recognises headers and values written in either. No request context is
// needed, so route handlers, tests and scripts share it.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { intlLocaleOf } from "@/lib/i18n/config";

export type Locale = AppLocale;
export const locales: readonly Locale[] = ["fr", "en"];

export type SheetTranslator = {
  locale: Locale;
  /** The message at `key` (a full path, e.g. "missions.statuses.DRAFT"), with ICU values. */
  t(key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const cache = new Map<Locale, Promise<SheetTranslator>>();

async function buildTranslator(locale: Locale): Promise<SheetTranslator> {
  const messages = await loadMessages(locale);
  const translate = createTranslator({ locale: intlLocaleOf[locale], messages }) as unknown as {
    (key: string, values?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  return { locale, t: (key, values) => translate(key, values), has: (key) => translate.has(key) };
}

export function sheetTranslator(locale: Locale): Promise<SheetTranslator> {
  let translator = cache.get(locale);
  if (!translator) {
    translator = buildTranslator(locale);
    cache.set(locale, translator);
  }
  return translator;
}

/** Both languages, for reading what either may have written. */
export async function bothTranslators(): Promise<Record<Locale, SheetTranslator>> {
  const [fr, en] = await Promise.all([sheetTranslator("fr"), sheetTranslator("en")]);
  return { fr, en };
}

/**
 * A validation code from a form schema or the data layer in words: the area's own message first
 * ("missions.validation.endBeforeStart"), then the shared ones, then the domain errors.
 */
export function validationMessage(t: SheetTranslator, namespace: string, code: string): string {
  const key = [
    `${namespace}.validation.${code}`,
    `validation.${code}`,
    `errors.${code}`,
    `spreadsheets.rowErrors.${code}`,
  ].find((candidate) => t.has(candidate));
  return t.t(key ?? "validation.invalid");
}

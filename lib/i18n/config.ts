// Shared by the server (request config, actions) and the client (language switcher): no server imports.
export const locales = ["fr", "en"] as const;
export type AppLocale = (typeof locales)[number];

/** A French public body: French unless the user chose English. */
export const defaultLocale: AppLocale = "fr";

/** Dates are always shown in the Métropole's time zone, whatever the browser's. */
export const timeZone = "Europe/Paris";

export const localeCookieName = "NEXT_LOCALE";

/**
 * The conventions dates and numbers are written in: French of France, and British English for
 * English ("8 Dec 2026, 14:05", not "12/8/26, 2:05 PM"; issue 21). Messages stay per language.
 */
export const intlLocaleOf = { fr: "fr-FR", en: "en-GB" } as const satisfies Record<AppLocale, string>;
export type IntlLocale = (typeof intlLocaleOf)[AppLocale];

/** The app's language of a formatting locale ("en-GB" → "en"). */
export function appLocaleOf(tag: string): AppLocale {
  return tag === "en" || tag.startsWith("en-") ? "en" : "fr";
}

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

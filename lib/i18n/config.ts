// Shared by the server (request config, actions) and the client (language switcher): no server imports.
export const locales = ["fr", "en"] as const;
export type AppLocale = (typeof locales)[number];

/** A French public body: French unless the user chose English. */
export const defaultLocale: AppLocale = "fr";

/** Dates are always shown in the Métropole's time zone, whatever the browser's. */
export const timeZone = "Europe/Paris";

export const localeCookieName = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

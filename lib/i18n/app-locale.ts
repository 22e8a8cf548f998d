import "server-only";
import { getLocale } from "next-intl/server";
import { appLocaleOf, type AppLocale } from "./config";

/** The reader's language, "fr" or "en" (next-intl's locale is the formatting one, "en-GB"). */
export async function getAppLocale(): Promise<AppLocale> {
  return appLocaleOf(await getLocale());
}

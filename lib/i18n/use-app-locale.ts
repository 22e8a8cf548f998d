import { useLocale } from "next-intl";
import { appLocaleOf, type AppLocale } from "./config";

/** The reader's language, "fr" or "en", in a component (next-intl's locale is the formatting one, "en-GB"). */
export function useAppLocale(): AppLocale {
  return appLocaleOf(useLocale());
}

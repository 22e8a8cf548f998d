import type messages from "./messages/fr.json";
import type { AppLocale } from "./lib/i18n/config";

// Type-checks every translation key against the French messages (the reference language).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}

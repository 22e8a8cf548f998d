import type shared from "./messages/fr.json";
import type agreements from "./messages/fr/agreements.json";
import type calendar from "./messages/fr/calendar.json";
import type dashboard from "./messages/fr/dashboard.json";
import type jointActions from "./messages/fr/jointActions.json";
import type workspace from "./messages/fr/workspace.json";
import type apiReference from "./messages/fr/apiReference.json";
import type integrations from "./messages/fr/integrations.json";
import type spreadsheets from "./messages/fr/spreadsheets.json";
import type delegations from "./messages/fr/delegations.json";
import type events from "./messages/fr/events.json";
import type missions from "./messages/fr/missions.json";
import type reference from "./messages/fr/reference.json";
import type towns from "./messages/fr/towns.json";
import type { IntlLocale } from "./lib/i18n/config";

// Type-checks every translation key against the French messages (the reference language).
declare module "next-intl" {
  interface AppConfig {
    // The formatting locale ("fr-FR", "en-GB"); the language is getAppLocale()/useAppLocale().
    Locale: IntlLocale;
    Messages: typeof shared &
      typeof missions &
      typeof delegations &
      typeof events &
      typeof agreements &
      typeof towns &
      typeof reference &
      typeof calendar &
      typeof dashboard &
      typeof jointActions &
      typeof workspace &
      typeof apiReference &
      typeof integrations &
      typeof spreadsheets;
  }
}

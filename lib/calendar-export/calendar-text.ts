import { createTranslator, type Messages } from "next-intl";
import type { DelegationStatus, EventStatus, MissionStatus } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { intlLocaleOf, type AppLocale } from "@/lib/i18n/config";

// The words a calendar file carries, in the user's language. Route handlers have no next-intl
// request (the feed has no session at all), so the translator is built from the catalogues.

export type CalendarLine = "status" | "destinations" | "origin" | "host" | "venue" | "cancelledBecause" | "link";

export type CalendarText = {
  feedName: string;
  kind(kind: "mission" | "delegation" | "event"): string;
  missionStatus(status: MissionStatus): string;
  delegationStatus(status: DelegationStatus): string;
  eventStatus(status: EventStatus): string;
  /** "Statut : Confirmée", "Status: Confirmed"… */
  line(label: CalendarLine, value: string): string;
  size(size: number): string;
};

export async function calendarText(locale: AppLocale): Promise<CalendarText> {
  const t = createTranslator({ locale: intlLocaleOf[locale], messages: (await loadMessages(locale)) as Messages });
  return {
    feedName: t("integrations.ics.feedName"),
    kind: (kind) => t(`calendar.kinds.${kind}`),
    missionStatus: (status) => t(`missions.statuses.${status}`),
    delegationStatus: (status) => t(`delegations.statuses.${status}`),
    eventStatus: (status) => t(`events.statuses.${status}`),
    line: (label, value) => t(`integrations.ics.${label}`, { value }),
    size: (size) => t("integrations.ics.size", { size }),
  };
}

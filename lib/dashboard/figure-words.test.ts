import { describe, expect, it } from "vitest";
import dashboardEn from "@/messages/en/dashboard.json";
import dashboardFr from "@/messages/fr/dashboard.json";
import delegationsEn from "@/messages/en/delegations.json";
import delegationsFr from "@/messages/fr/delegations.json";
import eventsEn from "@/messages/en/events.json";
import eventsFr from "@/messages/fr/events.json";
import missionsEn from "@/messages/en/missions.json";
import missionsFr from "@/messages/fr/missions.json";

// A key figure's definition names the status it counts as the pages show it ("Réalisée", not
// "terminée"): a reader looks for that word in the lists' status filter.

const languages = [
  {
    quote: (label: string) => `« ${label} »`,
    figures: dashboardFr.dashboard.figures,
    labels: {
      missionsCarriedOut: missionsFr.missions.statuses.COMPLETED,
      delegationsWelcomed: delegationsFr.delegations.statuses.WELCOMED,
      internationalEventsOrganised: eventsFr.events.statuses.HELD,
    },
  },
  {
    quote: (label: string) => `“${label}”`,
    figures: dashboardEn.dashboard.figures,
    labels: {
      missionsCarriedOut: missionsEn.missions.statuses.COMPLETED,
      delegationsWelcomed: delegationsEn.delegations.statuses.WELCOMED,
      internationalEventsOrganised: eventsEn.events.statuses.HELD,
    },
  },
];

describe("the key figures' definitions", () => {
  it("quote the status they count as the lists label it, in both languages", () => {
    for (const { quote, figures, labels } of languages) {
      for (const [figure, label] of Object.entries(labels)) {
        expect(figures[figure as keyof typeof labels].definition).toContain(quote(label));
      }
    }
  });
});

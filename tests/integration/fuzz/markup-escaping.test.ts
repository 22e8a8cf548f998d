// Hostile markup saved through the data layer and rendered by the mission page's own components
// (server-side, as the page renders them) comes out as text: every tag and quote escaped, never
// an element. Generated texts (fast-check) go into every free-text field a mission shows.
import fc from "fast-check";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MissionOutcomes } from "@/components/missions/mission-outcomes";
import { MissionOverview } from "@/components/missions/mission-overview";
import { MissionPartnersTable } from "@/components/missions/mission-partners-table";
import { MissionAgenda, MissionParticipants } from "@/components/missions/mission-people-and-agenda";
import { loadMessages } from "@/lib/i18n/messages";
import { createMission } from "@/lib/missions/mutations";
import { getMission } from "@/lib/missions/queries";
import { buildMissionInput } from "@/tests/factories/missions";
import { createWorld } from "../authorization/world";
import { nastyStrings } from "./hostile";

vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));

let rendered = 0;
afterAll(() => console.info(`markup escaping: ${rendered} missions with hostile text rendered`));

/** What React makes of text in an element: the five characters that could open markup or end an attribute. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

const markup = fc
  .oneof(
    fc.constantFrom(
      ...nastyStrings.filter((text) => /[<>"'&]/.test(text)),
      "<img src=x onerror=alert(1)>",
      "</p><script>document.cookie</script>",
      '<a href="javascript:alert(1)">x</a>',
    ),
    fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom("<b>", "<iframe src=//evil>", "<svg/onload=alert(1)>", "\"'><"),
        fc.string({ maxLength: 10 }),
      )
      .map((parts) => parts.join("")),
  )
  .map((text) => `${text.trim()}<i>`);

describe("hostile markup in a mission's texts", () => {
  it("is shown as text by the mission page's components, never as markup", async () => {
    const world = await createWorld();
    const messages = await loadMessages("fr");
    const render = (node: ReactNode) =>
      renderToStaticMarkup(
        createElement(
          NextIntlClientProvider,
          { locale: "fr-FR", messages, timeZone: "Europe/Paris" } as Parameters<typeof NextIntlClientProvider>[0],
          node,
        ),
      );
    await fc.assert(
      fc.asyncProperty(markup, markup, markup, async (summary, participant, agendaTitle) => {
        rendered += 1;
        const { id } = await createMission(
          world.users.admin,
          buildMissionInput([world.destinationId], {
            summary,
            outcomeNotes: summary,
            participants: [{ name: participant, kind: "PRESS", organisation: summary }],
            practicalNotes: summary,
            agenda: [
              { day: "2016-05-11", time: "", title: agendaTitle, location: participant, counterpart: participant },
            ],
          }),
        );
        const mission = (await getMission(world.users.admin, id))!;
        const html = render([
          createElement(MissionOverview, { mission, key: "overview" }),
          createElement(MissionPartnersTable, { mission, key: "partners" }),
          createElement(MissionParticipants, { participants: mission.participants, key: "people" }),
          createElement(MissionAgenda, {
            agenda: mission.agenda,
            practicalNotes: mission.practicalNotes,
            key: "agenda",
          }),
          createElement(MissionOutcomes, { mission, key: "outcomes" }),
        ]);
        for (const text of [summary.trim(), participant.trim(), agendaTitle.trim()]) {
          expect(html).toContain(escapeHtml(text));
          expect(html).not.toContain(text);
        }
        expect(html).not.toMatch(/<(script|img|iframe|svg|i|a)[\s>/]/i);
      }),
      { numRuns: 40 },
    );
  });
});

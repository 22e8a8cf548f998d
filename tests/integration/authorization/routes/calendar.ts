// Record downloads: one record as .ics and a mission's briefing book (the session decides), and
// the personal feed (its secret is the only credential, so an anonymous caller presents a made-up one).
import { createAccessToken } from "@/lib/api/tokens";
import { createMission } from "@/lib/missions/mutations";
import { buildMissionInput } from "@/tests/factories/missions";
import { delegationOfA, eventOfA, missionOfA, nextNumber, type Fixture } from "../fixtures";
import type { World } from "../world";
import type { RouteScenario } from "./types";

function recordCalendar(area: string, record: (world: World) => Promise<Fixture>): RouteScenario {
  return {
    prepare: async (world) => {
      const { id } = await record(world);
      return {
        url: `/${area}/${id}/calendar.ics`,
        params: { id },
        verify: async (response) => void expectCalendar(await response.text()),
      };
    },
  };
}

function expectCalendar(body: string): void {
  if (!body.startsWith("BEGIN:VCALENDAR")) throw new Error(`not a calendar: ${body.slice(0, 80)}`);
}

/** A mission of partner A two months from now: inside every feed's window. */
async function upcomingMissionOfA(world: World): Promise<string> {
  const start = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const title = `Feed mission ${nextNumber()}`;
  await createMission(
    world.users.admin,
    buildMissionInput([world.destinationId], {
      title,
      startDate: start,
      endDate: start,
      partners: [{ partnerId: world.partnerA, role: "PARTICIPANT", contributionCents: 0 }],
    }),
  );
  return title;
}

const briefingBook: RouteScenario = {
  prepare: async (world) => {
    const { id } = await missionOfA(world);
    return {
      url: `/missions/${id}/briefing-book`,
      params: { id },
      verify: async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        if (body.subarray(0, 5).toString() !== "%PDF-") throw new Error("not a PDF");
      },
    };
  },
};

export const calendarRouteScenarios: Record<string, RouteScenario> = {
  "GET /missions/[id]/briefing-book": briefingBook,
  "GET /missions/[id]/calendar.ics": recordCalendar("missions", missionOfA),
  "GET /delegations/[id]/calendar.ics": recordCalendar("delegations", delegationOfA),
  "GET /events/[id]/calendar.ics": recordCalendar("events", eventOfA),
  "GET /api/calendar/[secret]": {
    prepare: async (world, caller) => {
      const title = await upcomingMissionOfA(world);
      const secret = caller
        ? (await createAccessToken(caller, { kind: "CALENDAR_FEED", name: "matrix" })).secret
        : `imc_${"x".repeat(43)}`;
      return {
        url: `/api/calendar/${secret}.ics`,
        params: { secret: `${secret}.ics` },
        // The feed is the caller's own: it holds partner A's mission unless the caller is outside A.
        outcomeOf: async (response) => {
          if (response.status !== 200) return String(response.status);
          const body = await response.text();
          expectCalendar(body);
          return body.includes(title) ? "ok" : "scoped";
        },
      };
    },
  },
};

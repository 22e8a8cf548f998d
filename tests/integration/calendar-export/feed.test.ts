import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/calendar/[secret]/route";
import { hashSecret } from "@/lib/api/token-issuer";
import { createAccessToken, revokeAccessToken } from "@/lib/api/tokens";
import type { ActingUser } from "@/lib/auth/session-user";
import { calendarFeedResponse } from "@/lib/calendar-export/feed";
import { getEnv } from "@/lib/env";
import { parisTime } from "@/tests/factories/delegations";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { readCalendar } from "./helpers";
import { addDays, parisDay } from "@/lib/time";

async function feedFor(user: ActingUser): Promise<{ id: string; secret: string }> {
  return createAccessToken(user, { kind: "CALENDAR_FEED", name: "Outlook" });
}

/** GET /api/calendar/<secret>, through the route handler as the server runs it. */
function fetchFeed(path: string): Promise<Response> {
  return GET(new Request(`http://localhost:3000/api/calendar/${path}`), { params: Promise.resolve({ secret: path }) });
}

const day = (offset: number) => addDays(parisDay(new Date()), offset);
const at = (offset: number, time: string) => parisTime(`${day(offset)}T${time}`);

describe("the personal calendar feed", () => {
  it("holds the user's upcoming missions, delegations and events, not archived or long past ones", async () => {
    const staff = await createActingUser("STAFF");
    const mission = await testDb.mission.create({
      data: { title: "Mission Tokyo", startDate: new Date(day(5)), endDate: new Date(day(8)), status: "CONFIRMED" },
    });
    const delegation = await testDb.delegation.create({
      data: {
        title: "Délégation de Xiamen",
        originCountryCode: "CN",
        size: 12,
        arrivalAt: at(10, "09:00"),
        departureAt: at(11, "17:00"),
      },
    });
    const event = await testDb.internationalEvent.create({
      data: { title: "Forum", startsAt: at(40, "09:00"), endsAt: at(40, "18:00"), venue: "Acropolis" },
    });
    const recent = await testDb.mission.create({
      data: { title: "Last week", startDate: new Date(day(-7)), endDate: new Date(day(-6)) },
    });
    await testDb.mission.create({
      data: { title: "Long ago", startDate: new Date(day(-60)), endDate: new Date(day(-58)) },
    });
    await testDb.internationalEvent.create({
      data: { title: "Too far", startsAt: at(800, "09:00"), endsAt: at(800, "18:00") },
    });
    await testDb.delegation.create({
      data: {
        title: "Archived",
        originCountryCode: "IT",
        size: 2,
        arrivalAt: at(3, "09:00"),
        departureAt: at(3, "18:00"),
        archivedAt: new Date(),
      },
    });
    const feed = await feedFor(staff);

    const response = await fetchFeed(`${feed.secret}.ics`);
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const file = await readCalendar(response);
    expect(file.uids.sort()).toEqual(
      [`mission-${mission.id}`, `mission-${recent.id}`, `delegation-${delegation.id}`, `event-${event.id}`]
        .map((uid) => `${uid}@localhost`)
        .sort(),
    );
    expect(file.calendar.getFirstPropertyValue("x-wr-calname")).toBe(
      "Missions\\, délégations et événements internationaux",
    );
    expect(file.find("event", event.id)?.location).toBe("Acropolis");
    // The address works without the .ics ending too, and the list shows when it was last read.
    expect((await fetchFeed(feed.secret)).status).toBe(200);
    expect((await testDb.accessToken.findUniqueOrThrow({ where: { id: feed.id } })).lastUsedAt).not.toBeNull();
  });

  it("gives Paris local times in summer and in winter", async () => {
    const staff = await createActingUser("STAFF");
    const summer = await testDb.delegation.create({
      data: {
        title: "Mai",
        originCountryCode: "IL",
        size: 8,
        arrivalAt: parisTime("2016-05-12T14:30"),
        departureAt: parisTime("2016-05-12T18:00"),
      },
    });
    const winter = await testDb.delegation.create({
      data: {
        title: "Décembre",
        originCountryCode: "IL",
        size: 8,
        arrivalAt: parisTime("2016-12-05T14:30"),
        departureAt: parisTime("2016-12-05T18:00"),
      },
    });
    const file = await readCalendar(
      await calendarFeedResponse((await feedFor(staff)).secret, new Date("2016-05-01T10:00:00Z")),
    );
    expect(file.text).toContain("DTSTART;TZID=Europe/Paris:20160512T143000");
    expect(file.text).toContain("DTSTART;TZID=Europe/Paris:20161205T143000");
    expect(file.find("delegation", summer.id)?.startDate.toJSDate().toISOString()).toBe("2016-05-12T12:30:00.000Z");
    expect(file.find("delegation", winter.id)?.startDate.toJSDate().toISOString()).toBe("2016-12-05T13:30:00.000Z");
  });

  it("shows a partner user only their own organisation's records", async () => {
    const partnerA = await createActingUser("PARTNER");
    const partnerB = await testDb.partner.create({ data: buildPartner() });
    const ownMission = await testDb.mission.create({
      data: {
        title: "A's mission",
        startDate: new Date(day(5)),
        endDate: new Date(day(6)),
        partners: { create: { partnerId: partnerA.partnerId!, role: "LEAD" } },
      },
    });
    const ownEvent = await testDb.internationalEvent.create({
      data: {
        title: "A's event",
        startsAt: at(9, "10:00"),
        endsAt: at(9, "12:00"),
        partners: { connect: { id: partnerA.partnerId! } },
      },
    });
    await testDb.mission.create({
      data: {
        title: "B's mission",
        startDate: new Date(day(5)),
        endDate: new Date(day(6)),
        partners: { create: { partnerId: partnerB.id, role: "LEAD" } },
      },
    });
    await testDb.delegation.create({
      data: {
        title: "B's delegation",
        originCountryCode: "IT",
        size: 2,
        arrivalAt: at(4, "09:00"),
        departureAt: at(4, "18:00"),
        partners: { connect: { id: partnerB.id } },
      },
    });
    await testDb.internationalEvent.create({
      data: {
        title: "B's event",
        startsAt: at(9, "10:00"),
        endsAt: at(9, "12:00"),
        partners: { connect: { id: partnerB.id } },
      },
    });
    await testDb.internationalEvent.create({
      data: { title: "Nobody's event", startsAt: at(9, "10:00"), endsAt: at(9, "12:00") },
    });

    const file = await readCalendar(await fetchFeed((await feedFor(partnerA)).secret));
    expect(file.uids.sort()).toEqual([`event-${ownEvent.id}@localhost`, `mission-${ownMission.id}@localhost`]);
  });

  it("answers 404 to a revoked or unknown address, an API token, and once the user is deactivated", async () => {
    const staff = await createActingUser("STAFF");
    await testDb.internationalEvent.create({
      data: { title: "Forum", startsAt: at(2, "09:00"), endsAt: at(2, "18:00") },
    });
    const revoked = await feedFor(staff);
    await revokeAccessToken(staff, revoked.id);
    expect((await fetchFeed(revoked.secret)).status).toBe(404);
    expect((await fetchFeed("imc_not-a-real-secret")).status).toBe(404);
    expect((await fetchFeed("whatever")).status).toBe(404);
    expect((await fetchFeed((await createAccessToken(staff, { kind: "API", name: "api" })).secret)).status).toBe(404);

    const live = await feedFor(staff);
    expect((await fetchFeed(live.secret)).status).toBe(200);
    await testDb.user.update({ where: { id: staff.id }, data: { isActive: false } });
    const gone = await fetchFeed(live.secret);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain("BEGIN:VCALENDAR");
  });

  it("refuses a feed read more often than the rate limit allows, with Retry-After", async () => {
    const feed = await feedFor(await createActingUser("STAFF"));
    const now = new Date("2026-03-02T10:00:20Z");
    const limit = getEnv().API_RATE_LIMIT_PER_MINUTE;
    await testDb.rateLimitWindow.create({
      data: {
        key: `calendar-feed:${hashSecret(feed.secret)}`,
        windowStart: new Date("2026-03-02T10:00:00Z"),
        count: limit - 1,
      },
    });
    expect((await calendarFeedResponse(feed.secret, now)).status).toBe(200);
    const refused = await calendarFeedResponse(feed.secret, now);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("40");
    expect((await calendarFeedResponse(feed.secret, new Date("2026-03-02T10:01:00Z"))).status).toBe(200);
  });
});

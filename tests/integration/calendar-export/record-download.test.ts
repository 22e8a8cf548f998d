import { describe, expect, it } from "vitest";
import { recordCalendarResponse } from "@/lib/calendar-export/record-download";
import { parisTime } from "@/tests/factories/delegations";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { readCalendar } from "./helpers";

describe("a record's .ics download", () => {
  it("gives a delegation arriving at 14:30 in Paris on 12 May 2016 at 14:30 Europe/Paris, i.e. 12:30Z", async () => {
    const staff = await createActingUser("STAFF");
    const delegation = await testDb.delegation.create({
      data: {
        title: "Délégation de Haïfa",
        originCountryCode: "IL",
        size: 8,
        hostName: "Sophie Staff",
        arrivalAt: parisTime("2016-05-12T14:30"),
        departureAt: parisTime("2016-05-13T11:00"),
      },
    });
    const response = await recordCalendarResponse(staff, "delegation", delegation.id);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="delegation-de-haifa.ics"');
    const file = await readCalendar(response);
    expect(file.text).toContain("DTSTART;TZID=Europe/Paris:20160512T143000");
    expect(file.text).toContain("DTEND;TZID=Europe/Paris:20160513T110000");
    const [{ component, event }] = file.events as [(typeof file.events)[number]];
    expect(event.uid).toBe(`delegation-${delegation.id}@localhost`);
    expect(event.summary).toBe("Délégation de Haïfa");
    expect(event.startDate.zone?.tzid).toBe("Europe/Paris");
    expect(event.startDate.toJSDate().toISOString()).toBe("2016-05-12T12:30:00.000Z");
    expect(component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/delegations/${delegation.id}`);
    expect(component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.description).toContain("Origine : Israël · 8 personnes");
  });

  it("gives a winter event at 14:30 Paris time as 13:30Z, with its venue, cancelled when it was", async () => {
    const staff = await createActingUser("STAFF");
    const event = await testDb.internationalEvent.create({
      data: {
        title: "Carnaval de Nice",
        startsAt: parisTime("2016-01-12T14:30"),
        endsAt: parisTime("2016-01-12T18:00"),
        venue: "Place Masséna, Nice",
        status: "CANCELLED",
      },
    });
    const file = await readCalendar(await recordCalendarResponse(staff, "event", event.id));
    expect(file.text).toContain("DTSTART;TZID=Europe/Paris:20160112T143000");
    const [{ component, event: entry }] = file.events as [(typeof file.events)[number]];
    expect(entry.startDate.toJSDate().toISOString()).toBe("2016-01-12T13:30:00.000Z");
    expect(entry.endDate.toJSDate().toISOString()).toBe("2016-01-12T17:00:00.000Z");
    expect(entry.location).toBe("Place Masséna, Nice");
    expect(component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("gives a mission as all-day dates, DTEND the day after, its text intact in the reader's language", async () => {
    const manager = { ...(await createActingUser("MANAGER")), locale: "en" as const };
    const houston = await testDb.destination.create({ data: { city: "Houston", countryCode: "US" } });
    const summary = 'Smart cities, B2B; investors\n"Space" week \\ NASA';
    const mission = await testDb.mission.create({
      data: {
        title: "Mission Houston, Texas; 2016",
        status: "APPROVED",
        summary,
        startDate: new Date("2016-05-30"),
        endDate: new Date("2016-06-02"),
        destinations: { connect: { id: houston.id } },
      },
    });
    const file = await readCalendar(await recordCalendarResponse(manager, "mission", mission.id));
    expect(file.text).toContain("DTSTART;VALUE=DATE:20160530");
    expect(file.text).toContain("DTEND;VALUE=DATE:20160603");
    const [{ component, event }] = file.events as [(typeof file.events)[number]];
    expect(event.startDate.isDate).toBe(true);
    expect(event.summary).toBe("Mission Houston, Texas; 2016");
    expect(event.location).toBe("Houston (US)");
    expect(event.description.split("\n")).toEqual([
      "Status: Approved",
      "Destinations: Houston (US)",
      summary.split("\n")[0],
      summary.split("\n")[1],
      `Record: http://localhost:3000/missions/${mission.id}`,
    ]);
    expect(component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(file.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Mission Houston\\, Texas\\; 2016");
  });

  it("is found only by users who may open the record: partners of other organisations get 404, no session 401", async () => {
    const partnerUser = await createActingUser("PARTNER");
    const other = await testDb.partner.create({ data: buildPartner() });
    const own = await testDb.mission.create({
      data: {
        title: "Ours",
        startDate: new Date("2016-05-02"),
        endDate: new Date("2016-05-03"),
        partners: { create: { partnerId: partnerUser.partnerId!, role: "LEAD" } },
      },
    });
    const theirs = await testDb.mission.create({
      data: {
        title: "Theirs",
        startDate: new Date("2016-05-02"),
        endDate: new Date("2016-05-03"),
        partners: { create: { partnerId: other.id, role: "LEAD" } },
      },
    });
    const theirDelegation = await testDb.delegation.create({
      data: {
        title: "D",
        originCountryCode: "IT",
        size: 2,
        arrivalAt: parisTime("2016-05-12T09:00"),
        departureAt: parisTime("2016-05-12T18:00"),
        partners: { connect: { id: other.id } },
      },
    });
    const theirEvent = await testDb.internationalEvent.create({
      data: {
        title: "E",
        startsAt: parisTime("2016-05-12T09:00"),
        endsAt: parisTime("2016-05-12T18:00"),
        partners: { connect: { id: other.id } },
      },
    });
    expect((await recordCalendarResponse(partnerUser, "mission", own.id)).status).toBe(200);
    expect((await recordCalendarResponse(partnerUser, "mission", theirs.id)).status).toBe(404);
    expect((await recordCalendarResponse(partnerUser, "delegation", theirDelegation.id)).status).toBe(404);
    expect((await recordCalendarResponse(partnerUser, "event", theirEvent.id)).status).toBe(404);
    expect((await recordCalendarResponse(await createActingUser("STAFF"), "event", "no-such-event")).status).toBe(404);
    expect((await recordCalendarResponse(null, "mission", own.id)).status).toBe(401);
  });
});

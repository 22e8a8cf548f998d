import { describe, expect, it } from "vitest";
import { getSectorBreakdown, getPartnerBreakdown, getCountryBreakdown } from "@/lib/dashboard/breakdowns";
import { getKeyFigures, getRecordedYears } from "@/lib/dashboard/figures";
import { seedDemoData } from "@/prisma/demo/seed";
import { parseListParams } from "@/lib/list-params";
import { townListSchema } from "@/lib/towns/list-params";
import { listTowns } from "@/lib/towns/queries";
import { delegationListSchema } from "@/lib/delegations/list-params";
import { listDelegations } from "@/lib/delegations/queries";
import { eventListSchema } from "@/lib/events/list-params";
import { listEvents } from "@/lib/events/queries";
import { missionListSchema } from "@/lib/missions/list-params";
import { listMissions } from "@/lib/missions/queries";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const figuresOf = async (year: number) => (await getKeyFigures(year, year))[0];

describe("key figures", () => {
  it("count delegations by Paris calendar year of arrival, welcomed and not archived only", async () => {
    const base = { title: "Délégation", originCountryCode: "IL", size: 5, status: "WELCOMED" as const };
    await testDb.delegation.createMany({
      data: [
        // 23:30 on 31 December in Paris: that year. 00:30 on 1 January in Paris: the next.
        { ...base, arrivalAt: new Date("2016-12-31T22:30:00Z"), departureAt: new Date("2017-01-02T10:00:00Z") },
        { ...base, arrivalAt: new Date("2016-12-31T23:30:00Z"), departureAt: new Date("2017-01-02T10:00:00Z") },
        {
          ...base,
          status: "EXPECTED",
          arrivalAt: new Date("2016-06-01T10:00:00Z"),
          departureAt: new Date("2016-06-02T10:00:00Z"),
        },
        {
          ...base,
          status: "CANCELLED",
          arrivalAt: new Date("2016-06-01T10:00:00Z"),
          departureAt: new Date("2016-06-02T10:00:00Z"),
        },
        {
          ...base,
          archivedAt: new Date(),
          arrivalAt: new Date("2016-06-01T10:00:00Z"),
          departureAt: new Date("2016-06-02T10:00:00Z"),
        },
      ],
    });
    expect(await figuresOf(2016)).toMatchObject({ delegationsWelcomed: 1 });
    expect(await figuresOf(2017)).toMatchObject({ delegationsWelcomed: 1 });
  });

  it("count completed missions in their start year, even when they span New Year", async () => {
    const base = { title: "Mission", status: "COMPLETED" as const };
    await testDb.mission.createMany({
      data: [
        { ...base, startDate: new Date("2015-12-28"), endDate: new Date("2016-01-05") },
        { ...base, startDate: new Date("2016-03-01"), endDate: new Date("2016-03-05") },
        { ...base, status: "CONFIRMED", startDate: new Date("2016-04-01"), endDate: new Date("2016-04-05") },
        {
          ...base,
          status: "CANCELLED",
          cancellationReason: "Budget",
          startDate: new Date("2016-04-01"),
          endDate: new Date("2016-04-05"),
        },
        { ...base, archivedAt: new Date(), startDate: new Date("2016-05-01"), endDate: new Date("2016-05-02") },
      ],
    });
    expect((await getKeyFigures(2015, 2016)).map((figures) => figures.missionsCarriedOut)).toEqual([1, 1]);
  });

  it("count held events by Paris start year, and towns connected by 31 December", async () => {
    await testDb.internationalEvent.createMany({
      data: [
        {
          title: "Held",
          status: "HELD",
          startsAt: new Date("2016-12-31T22:00:00Z"),
          endsAt: new Date("2016-12-31T23:50:00Z"),
        },
        {
          title: "Planned",
          status: "PLANNED",
          startsAt: new Date("2016-05-01T08:00:00Z"),
          endsAt: new Date("2016-05-01T18:00:00Z"),
        },
      ],
    });
    await testDb.town.createMany({
      data: [
        { name: "Nice", connectedOn: new Date("2012-01-01") },
        { name: "Gilette", connectedOn: new Date("2016-12-31") },
        { name: "Drap", connectedOn: new Date("2017-01-01") },
        { name: "Not yet" },
        { name: "Archived", connectedOn: new Date("2012-01-01"), archivedAt: new Date() },
      ],
    });
    expect(await figuresOf(2016)).toMatchObject({ internationalEventsOrganised: 1, connectedTowns: 2 });
    expect(await figuresOf(2017)).toMatchObject({ internationalEventsOrganised: 0, connectedTowns: 3 });
  });

  it("read as the brochure for 2016 with the demo data, and know the recorded years", async () => {
    await seedDemoData(testDb);
    expect(await figuresOf(2016)).toEqual({
      year: 2016,
      missionsCarriedOut: 13,
      delegationsWelcomed: 52,
      internationalEventsOrganised: 32,
      connectedTowns: 50,
    });
    // Each figure links to a list that shows exactly the records it counts.
    const staff = await createActingUser("STAFF");
    expect((await listTowns(staff, parseListParams(townListSchema, { connectedBy: "2016" }))).total).toBe(50);
    expect(
      (await listDelegations(staff, parseListParams(delegationListSchema, { status: "WELCOMED", year: "2016" }))).total,
    ).toBe(52);
    expect((await listEvents(staff, parseListParams(eventListSchema, { status: "HELD", year: "2016" }))).total).toBe(
      32,
    );
    expect(
      (await listMissions(staff, parseListParams(missionListSchema, { status: "COMPLETED", year: "2016" }))).total,
    ).toBe(13);
    const years = await getRecordedYears();
    expect(years?.first).toBeLessThanOrEqual(2015);
    expect(years?.last).toBeGreaterThanOrEqual(2018);
  });
});

describe("breakdowns", () => {
  it("add up to the key figures they break down", async () => {
    await seedDemoData(testDb);
    const sectors = await getSectorBreakdown(2016);
    expect(sectors).toHaveLength(8);
    expect(sectors.every((sector) => sector.missions <= 13 && sector.delegations <= 52)).toBe(true);
    const partners = await getPartnerBreakdown(2016);
    expect(partners.length).toBeGreaterThan(0);
    expect(
      partners.every((partner) => partner.missions + partner.delegations + partner.events + partner.jointActions > 0),
    ).toBe(true);
    // Every demo organisation logged joint actions in 2016.
    expect(partners.filter((partner) => partner.jointActions > 0)).toHaveLength(8);
    const countries = await getCountryBreakdown(2016);
    expect(countries.reduce((sum, country) => sum + country.delegations, 0)).toBe(52);
  });
});

import { describe, expect, it } from "vitest";
import { listCalendarItems } from "@/lib/calendar/queries";
import { createActingUser } from "./accounts/helpers";
import { testDb } from "./setup/database";

async function seedOneOfEach(partnerId: string) {
  const haifa = await testDb.destination.create({ data: { city: "Haifa", countryCode: "IL" } });
  await testDb.mission.create({
    data: {
      title: "Mission Houston",
      startDate: new Date("2017-05-02"),
      endDate: new Date("2017-05-06"),
      status: "APPROVED",
      partners: { create: { partnerId, role: "LEAD" } },
    },
  });
  await testDb.mission.create({
    data: {
      title: "Mission archivée",
      startDate: new Date("2017-05-03"),
      endDate: new Date("2017-05-03"),
      archivedAt: new Date(),
    },
  });
  // Arrives 23:30 on 31 May in Paris (21:30Z): shown on 31 May, not on 1 June.
  await testDb.delegation.create({
    data: {
      title: "Délégation de Haïfa",
      originDestinationId: haifa.id,
      originCountryCode: "IL",
      arrivalAt: new Date("2017-05-31T21:30:00Z"),
      departureAt: new Date("2017-05-31T21:45:00Z"),
      size: 8,
    },
  });
  await testDb.internationalEvent.create({
    data: {
      title: "Carnaval",
      startsAt: new Date("2017-06-10T08:00:00Z"),
      endsAt: new Date("2017-06-12T20:00:00Z"),
      partners: { connect: { id: partnerId } },
    },
  });
}

describe("the calendar", () => {
  it("lists what overlaps the period, in Paris days, without archived records", async () => {
    const staff = await createActingUser("STAFF");
    const partner = await testDb.partner.create({
      data: { name: "Team Côte d'Azur", shortName: "TCA", kind: "AGENCY" },
    });
    await seedOneOfEach(partner.id);
    const may = await listCalendarItems(staff, { from: "2017-05-01", to: "2017-05-31" });
    expect(may.map((item) => [item.kind, item.title, item.firstDay, item.lastDay])).toEqual([
      ["mission", "Mission Houston", "2017-05-02", "2017-05-06"],
      ["delegation", "Délégation de Haïfa", "2017-05-31", "2017-05-31"],
    ]);
    const onlyEvents = await listCalendarItems(staff, { from: "2017-06-01", to: "2017-06-30", kind: "event" });
    expect(onlyEvents.map((item) => item.title)).toEqual(["Carnaval"]);
  });

  it("shows a partner user only what their organisation takes part in", async () => {
    const partnerUser = await createActingUser("PARTNER");
    await seedOneOfEach(partnerUser.partnerId!);
    const items = await listCalendarItems(partnerUser, {
      from: "2017-01-01",
      to: "2017-12-31",
      partner: "someone-else",
    });
    expect(items.map((item) => item.title)).toEqual(["Mission Houston", "Carnaval"]);
  });
});

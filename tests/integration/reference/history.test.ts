import { describe, expect, it } from "vitest";
import { getDestinationHistory, getPartnerHistory } from "@/lib/reference/history";
import { buildDelegation, buildEvent, buildMission, calendarDay, parisInstant } from "@/prisma/demo/record-builders";
import { buildJointAction } from "@/prisma/demo/joint-actions";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

// A partner's and a destination's history: year by year, counted as their lists count them.

async function seed() {
  const partner = await testDb.partner.create({ data: buildPartner() });
  const houston = await testDb.destination.create({ data: { city: "Houston", countryCode: "US" } });
  const inMission = (year: number, overrides: Parameters<typeof buildMission>[0] = {}) =>
    testDb.mission.create({
      data: {
        ...buildMission({
          startDate: calendarDay(`${year}-03-06`),
          endDate: calendarDay(`${year}-03-09`),
          ...overrides,
        }),
        partners: { create: { partnerId: partner.id, role: "LEAD" } },
        destinations: { connect: { id: houston.id } },
      },
    });
  await inMission(2016);
  await inMission(2016, { status: "CANCELLED", cancellationReason: "Budget" });
  await inMission(2017);
  await inMission(2017, { archivedAt: new Date() });
  // 31 December at 23:30 in Paris is still 2016 there.
  await testDb.delegation.create({
    data: {
      ...buildDelegation({
        arrivalAt: parisInstant("2016-12-31", "23:30"),
        departureAt: parisInstant("2017-01-02", "10:00"),
      }),
      originDestinationId: houston.id,
      partners: { connect: { id: partner.id } },
    },
  });
  await testDb.internationalEvent.create({ data: { ...buildEvent(), partners: { connect: { id: partner.id } } } });
  await testDb.jointAction.create({
    data: buildJointAction({ partnerId: partner.id, date: calendarDay("2017-05-02"), destinationId: houston.id }),
  });
  return { partner, houston };
}

describe("a partner's and a destination's history", () => {
  it("counts each year as the lists count it: any status, archived records aside, Paris years", async () => {
    const { partner, houston } = await seed();
    const staff = await createActingUser("STAFF");
    const history = await getPartnerHistory(staff, partner.id);
    expect(history.kinds).toEqual(["missions", "delegations", "events", "jointActions"]);
    const byYear = Object.fromEntries(history.years.map((row) => [row.year, row.counts]));
    expect(history.years.map((row) => row.year)).toEqual([2017, 2016]);
    expect(byYear[2017]).toMatchObject({ missions: 1, jointActions: 1 });
    expect(byYear[2017]?.delegations).toBeUndefined();

    const place = await getDestinationHistory(staff, houston.id);
    expect(place.kinds).toEqual(["missions", "delegations", "jointActions"]);
    expect(Object.fromEntries(place.years.map((row) => [row.year, row.counts]))).toEqual({
      2016: { missions: 2, delegations: 1 },
      2017: { missions: 1, jointActions: 1 },
    });
  });

  it("is the office's reading: refused to partner users", async () => {
    const { partner } = await seed();
    await expect(getPartnerHistory(await createActingUser("PARTNER"), partner.id)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

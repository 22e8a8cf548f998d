import { describe, expect, it } from "vitest";
import {
  getCountryBreakdown,
  getDestinationBreakdown,
  getLeadingDestinations,
  getObjectiveBreakdown,
  getPartnerBreakdown,
  getSectorBreakdown,
} from "@/lib/dashboard/breakdowns";
import { getPriorityCoverage } from "@/lib/dashboard/coverage";
import { seedDemoData } from "@/prisma/demo/seed";
import { buildJointAction } from "@/prisma/demo/joint-actions";
import { calendarDay } from "@/prisma/demo/record-builders";
import { testDb } from "../setup/database";
import {
  countCountryBreakdown,
  countCoverageCells,
  countDestinationBreakdown,
  countObjectiveBreakdown,
  countPartnerBreakdown,
  countSectorBreakdown,
} from "./breakdowns-from-records";

// The dashboard's breakdowns and priority coverage read "BreakdownCount", which database triggers
// keep in step with the records (decision 011). Whatever the writes — to records, to their links, to a
// destination's country, in bulk, concurrently, rolled back, truncated — every year must read
// exactly what the definitions count straight from the records.

const years = [2015, 2016, 2017];
const byKey = <T extends object>(rows: T[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function expectBreakdownsToMatchRecords(): Promise<void> {
  for (const year of years) {
    expect(byKey(await getSectorBreakdown(year)), `sectors ${year}`).toEqual(byKey(await countSectorBreakdown(year)));
    expect(byKey(await getPartnerBreakdown(year)), `partners ${year}`).toEqual(
      byKey(await countPartnerBreakdown(year)),
    );
    expect(byKey(await getDestinationBreakdown(year)), `destinations ${year}`).toEqual(
      byKey(await countDestinationBreakdown(year)),
    );
    expect(byKey(await getCountryBreakdown(year)), `countries ${year}`).toEqual(
      byKey(await countCountryBreakdown(year)),
    );
    expect(byKey(await getObjectiveBreakdown(year)), `objectives ${year}`).toEqual(
      byKey(await countObjectiveBreakdown(year)),
    );
  }
  const coverage = await getPriorityCoverage(2016);
  if (!coverage) throw new Error("the demo data has no priority period for 2016");
  const cells = coverage.rows.flatMap((row) =>
    row.cells.map((cell) => ({
      destinationId: row.destinationId,
      city: row.city,
      countryCode: row.countryCode,
      ...cell,
    })),
  );
  const period = await testDb.priorityPeriod.findFirstOrThrow({ where: { label: coverage.periodLabel } });
  expect(byKey(cells)).toEqual(byKey(await countCoverageCells(period.id, coverage.startYear, coverage.endYear)));
}

async function completedMissions(year: number, take: number) {
  return testDb.mission.findMany({
    where: {
      status: "COMPLETED",
      archivedAt: null,
      startDate: { gte: new Date(`${year}-01-01`), lt: new Date(`${year + 1}-01-01`) },
    },
    select: { id: true },
    orderBy: { id: "asc" },
    take,
  });
}

describe("breakdown counts kept by the database", () => {
  it("start equal to the records and show the demo's year", async () => {
    await seedDemoData(testDb);
    expect((await getSectorBreakdown(2016)).reduce((sum, row) => sum + row.missions, 0)).toBeGreaterThan(0);
    expect((await getCountryBreakdown(2016)).length).toBeGreaterThan(0);
    await expectBreakdownsToMatchRecords();
  });

  it("give the map the leading destinations, those it can place first, and how many there are", async () => {
    await seedDemoData(testDb);
    const all = await getDestinationBreakdown(2016);
    const isPlaced = (row: { latitude: number | null; longitude: number | null }) =>
      row.latitude !== null && row.longitude !== null;
    const leading = await getLeadingDestinations(2016, 3);
    expect(all.length).toBeGreaterThan(3);
    expect(leading).toEqual({
      rows: [...all.filter(isPlaced), ...all.filter((row) => !isPlaced(row))].slice(0, 3),
      total: all.length,
      placedTotal: all.filter(isPlaced).length,
    });
    expect(await getLeadingDestinations(1990, 3)).toEqual({ rows: [], total: 0, placedTotal: 0 });
  });

  it("follow changes to missions and their links: status, archiving, dates, sectors, destinations, partners, countries", async () => {
    await seedDemoData(testDb);
    const [first, second, third, fourth] = await completedMissions(2016, 4);
    const planned = await testDb.mission.findFirstOrThrow({ where: { status: "APPROVED" }, select: { id: true } });
    if (!first || !second || !third || !fourth) throw new Error("the demo data lacks completed missions in 2016");
    const [sector] = await testDb.sector.findMany({ where: { missions: { none: { id: first.id } } }, take: 1 });
    const [destination] = await testDb.destination.findMany({
      where: { missions: { none: { id: first.id } } },
      orderBy: { city: "asc" },
      take: 1,
    });
    if (!sector || !destination) throw new Error("the demo data lacks reference data");

    await testDb.mission.update({ where: { id: planned.id }, data: { status: "COMPLETED" } });
    await testDb.mission.update({ where: { id: second.id }, data: { archivedAt: new Date() } });
    await testDb.mission.update({
      where: { id: third.id },
      data: { startDate: new Date("2015-06-01"), endDate: new Date("2015-06-03") },
    });
    await testDb.mission.update({
      where: { id: first.id },
      data: { sectors: { connect: { id: sector.id } }, destinations: { connect: { id: destination.id } } },
    });
    await expectBreakdownsToMatchRecords();

    // Partners replaced as the mission form saves them (delete, then create), a contribution changed.
    const partners = await testDb.missionPartner.findMany({ where: { missionId: fourth.id } });
    await testDb.missionPartner.deleteMany({ where: { missionId: fourth.id } });
    await testDb.missionPartner.createMany({
      data: partners.map((partner) => ({ ...partner, contributionCents: partner.contributionCents + 150_000 })),
    });
    await testDb.mission.update({ where: { id: fourth.id }, data: { destinations: { set: [] } } });
    // A destination moved to another country (a correction): its missions' country counts follow.
    const linked = await testDb.destination.findFirstOrThrow({
      where: { missions: { some: { status: "COMPLETED" } } },
    });
    await testDb.destination.update({
      where: { id: linked.id },
      data: { countryCode: linked.countryCode === "JP" ? "KR" : "JP" },
    });
    await expectBreakdownsToMatchRecords();

    // Deleted outright: the links go with the mission (ON DELETE CASCADE), and so do its counts.
    await testDb.jointAction.deleteMany({ where: { missionId: first.id } });
    await testDb.agreement.updateMany({ where: { missionId: first.id }, data: { missionId: null } });
    await testDb.mission.delete({ where: { id: first.id } });
    await expectBreakdownsToMatchRecords();
  });

  it("follow delegations, events and joint actions, one by one and in bulk", async () => {
    await seedDemoData(testDb);
    const [partner] = await testDb.partner.findMany({ orderBy: { name: "asc" }, take: 2 });
    const [sector] = await testDb.sector.findMany({ take: 1 });
    const tokyo = await testDb.destination.findFirstOrThrow({ where: { priorities: { some: {} } } });
    if (!partner || !sector) throw new Error("the demo data lacks partners or sectors");

    await testDb.delegation.updateMany({
      where: { status: "WELCOMED", arrivalAt: { gte: new Date("2016-03-01"), lt: new Date("2016-09-01") } },
      data: { status: "CANCELLED", cancellationReason: "test" },
    });
    // Arriving at 23:30 on 31 December in Paris: counted in 2016.
    await testDb.delegation.create({
      data: {
        title: "Réveillon",
        originCountryCode: tokyo.countryCode,
        originDestinationId: tokyo.id,
        size: 3,
        status: "WELCOMED",
        arrivalAt: new Date("2016-12-31T22:30:00Z"),
        departureAt: new Date("2017-01-02T10:00:00Z"),
        sectors: { connect: { id: sector.id } },
        partners: { connect: { id: partner.id } },
      },
    });
    const events = await testDb.internationalEvent.findMany({
      where: { status: "HELD" },
      select: { id: true },
      take: 5,
    });
    await testDb.internationalEvent.deleteMany({ where: { id: { in: events.map((event) => event.id) } } });

    const created = await testDb.jointAction.create({
      data: buildJointAction({
        partnerId: partner.id,
        date: calendarDay("2016-05-04"),
        contactsCount: 7,
        investorLeadsCount: 2,
        destinationId: tokyo.id,
      }),
    });
    await testDb.jointAction.createMany({
      data: [1, 2, 3].map((day) =>
        buildJointAction({
          partnerId: partner.id,
          date: calendarDay(`2017-02-0${day}`),
          contactsCount: day,
          destinationId: tokyo.id,
        }),
      ),
    });
    await expectBreakdownsToMatchRecords();

    await testDb.jointAction.update({
      where: { id: created.id },
      data: { contactsCount: 9, date: calendarDay("2015-12-31") },
    });
    await testDb.jointAction.updateMany({
      where: { date: { gte: calendarDay("2017-01-01") } },
      data: { archivedAt: new Date() },
    });
    await testDb.jointAction.delete({ where: { id: created.id } });
    await expectBreakdownsToMatchRecords();
  });

  it("stay exact under concurrent edits and leave no trace of a rolled-back one", async () => {
    await seedDemoData(testDb);
    const missions = await completedMissions(2016, 8);
    const sectors = await testDb.sector.findMany({ select: { id: true }, orderBy: { code: "asc" } });
    // Each mission gets every sector, in an order that differs from its neighbour's, all at once.
    await Promise.all(
      missions.map((mission, index) =>
        testDb.$transaction(async (tx) => {
          const ordered = index % 2 === 0 ? sectors : [...sectors].reverse();
          for (const sector of ordered)
            await tx.mission.update({ where: { id: mission.id }, data: { sectors: { connect: { id: sector.id } } } });
        }),
      ),
    );
    await expectBreakdownsToMatchRecords();

    const before = await testDb.breakdownCount.findMany({
      orderBy: [{ year: "asc" }, { dimension: "asc" }, { key: "asc" }],
    });
    await expect(
      testDb.$transaction(async (tx) => {
        await tx.mission.updateMany({
          where: { id: { in: missions.map((mission) => mission.id) } },
          data: { status: "CANCELLED", cancellationReason: "test" },
        });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(
      await testDb.breakdownCount.findMany({ orderBy: [{ year: "asc" }, { dimension: "asc" }, { key: "asc" }] }),
    ).toEqual(before);
    expect(await testDb.breakdownPending.count()).toBe(0);
  });

  it("start again from the records when a table is truncated", async () => {
    await seedDemoData(testDb);
    await testDb.$executeRawUnsafe(`TRUNCATE "InternationalEvent" CASCADE`);
    expect((await getObjectiveBreakdown(2016)).every((row) => row.events === 0)).toBe(true);
    await expectBreakdownsToMatchRecords();
  });
});

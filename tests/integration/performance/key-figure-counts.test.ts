import { describe, expect, it } from "vitest";
import { getKeyFigures } from "@/lib/dashboard/figures";
import { seedDemoData } from "@/prisma/demo/seed";
import { testDb } from "../setup/database";

// The yearly key figures come from "KeyFigureCount", which the database keeps in step with the
// records at every commit (decision 011). Whatever the writes, each year must read exactly what the
// figures' one definition, the view "CountedRecord", counts from the records now
// (docs/decisions/009-dashboard.md).

/** The three kept figures of every year from 2010 to 2020, counted by the definition. */
async function countedFromRecords(): Promise<
  { year: number; missions: number; delegations: number; events: number }[]
> {
  return testDb.$queryRawUnsafe(
    `SELECT y.year::int AS year,
      count(c.*) FILTER (WHERE c.figure = 'missionsCarriedOut')::int AS missions,
      count(c.*) FILTER (WHERE c.figure = 'delegationsWelcomed')::int AS delegations,
      count(c.*) FILTER (WHERE c.figure = 'internationalEventsOrganised')::int AS events
    FROM generate_series(2010, 2020) AS y(year) LEFT JOIN "CountedRecord" c ON c.year = y.year
    GROUP BY 1 ORDER BY 1`,
  );
}

async function expectFiguresToMatchRecords(): Promise<void> {
  const figures = (await getKeyFigures(2010, 2020)).map((row) => ({
    year: row.year,
    missions: row.missionsCarriedOut,
    delegations: row.delegationsWelcomed,
    events: row.internationalEventsOrganised,
  }));
  expect(figures).toEqual(await countedFromRecords());
}

describe("yearly key figures kept by the database", () => {
  it("follow inserts, status changes, archiving, moved dates and deletions", async () => {
    await seedDemoData(testDb);
    expect((await getKeyFigures(2016, 2016))[0]).toMatchObject({
      missionsCarriedOut: 13,
      delegationsWelcomed: 52,
      internationalEventsOrganised: 32,
    });

    // A planned mission completed, a completed one archived, another moved to the previous year.
    const [planned] = await testDb.mission.findMany({
      where: { status: "APPROVED", startDate: { gte: new Date("2016-01-01"), lt: new Date("2017-01-01") } },
      take: 1,
    });
    const completed = await testDb.mission.findMany({
      where: {
        status: "COMPLETED",
        archivedAt: null,
        startDate: { gte: new Date("2016-01-01"), lt: new Date("2017-01-01") },
      },
      take: 2,
    });
    if (!planned || completed.length < 2) throw new Error("the demo data lacks the missions this test changes");
    await testDb.mission.update({ where: { id: planned.id }, data: { status: "COMPLETED" } });
    await testDb.mission.update({ where: { id: completed[0]!.id }, data: { archivedAt: new Date() } });
    await testDb.mission.update({
      where: { id: completed[1]!.id },
      data: { startDate: new Date("2015-06-01"), endDate: new Date("2015-06-03") },
    });
    // 2016: 13 + 1 completed − 1 archived − 1 moved; 2015: 9 + 1 moved.
    expect((await getKeyFigures(2015, 2016)).map((row) => row.missionsCarriedOut)).toEqual([10, 12]);
    await expectFiguresToMatchRecords();

    // Many rows in one statement: every welcomed delegation of 2016 cancelled.
    await testDb.delegation.updateMany({
      where: {
        status: "WELCOMED",
        arrivalAt: { gte: new Date("2016-01-01T00:00:00+01:00"), lt: new Date("2017-01-01T00:00:00+01:00") },
      },
      data: { status: "CANCELLED", cancellationReason: "test" },
    });
    // A delegation arriving at 23:30 on 31 December in Paris belongs to that year.
    await testDb.delegation.create({
      data: {
        title: "Réveillon",
        originCountryCode: "IL",
        size: 3,
        status: "WELCOMED",
        arrivalAt: new Date("2016-12-31T22:30:00Z"),
        departureAt: new Date("2017-01-02T10:00:00Z"),
      },
    });
    const events = await testDb.internationalEvent.findMany({
      where: { status: "HELD" },
      select: { id: true },
      take: 5,
    });
    await testDb.internationalEvent.deleteMany({ where: { id: { in: events.map((event) => event.id) } } });
    await expectFiguresToMatchRecords();
    expect((await getKeyFigures(2016, 2016))[0]).toMatchObject({ delegationsWelcomed: 1 });
  });

  it("start again from nothing when the records are truncated", async () => {
    await seedDemoData(testDb);
    await testDb.$executeRawUnsafe(`TRUNCATE "InternationalEvent" CASCADE`);
    expect((await getKeyFigures(2016, 2016))[0]).toMatchObject({
      missionsCarriedOut: 13,
      internationalEventsOrganised: 0,
    });
    await expectFiguresToMatchRecords();
  });

  it("leave the figures alone when an edit changes nothing they count", async () => {
    await seedDemoData(testDb);
    const before = await testDb.keyFigureCount.findMany({ orderBy: [{ year: "asc" }, { figure: "asc" }] });
    await testDb.mission.updateMany({ data: { summary: "Résumé revu" } });
    expect(await testDb.keyFigureCount.findMany({ orderBy: [{ year: "asc" }, { figure: "asc" }] })).toEqual(before);
  });
});

import { describe, expect, it } from "vitest";
import { createActingUser } from "./accounts/helpers";
import { getMissionAllowances } from "@/lib/missions/allowances/queries";
import { listPendingFollowUps } from "@/lib/missions/follow-ups/queries";
import { authorityOf, authorityProblems } from "@/lib/missions/travellers/authority";
import { travellerFields } from "@/lib/missions/travellers/fields";
import { detailSelectOf, recordValuesOf } from "@/lib/records/read-fields";
import { getMissionOrderRule } from "@/lib/reference/mission-order-rule/queries";
import { dayOf, startOfParisDay } from "@/lib/time";
import { seedDemoData } from "@/prisma/demo/seed";
import { demoAgreements } from "@/prisma/demo/agreements";
import { demoDelegations, firstArrivalOf2017, lastArrivalOf2016 } from "@/prisma/demo/delegations";
import { demoEvents } from "@/prisma/demo/events";
import { demoJointActions } from "@/prisma/demo/joint-actions";
import { demoMissions } from "@/prisma/demo/missions";
import { testDb } from "./setup/database";

// The demo data must make the 2016 dashboard read as the brochure (docs/decisions/008-demo-data.md).
// The figures are counted here straight from their definitions (../shared/DESIGN.md), in SQL, so a
// dashboard query that disagrees is the one to doubt.

type Figures = { missions: number; delegations: number; events: number; towns: number };

async function figuresFor(year: number): Promise<Figures> {
  const [row] = await testDb.$queryRaw<Record<keyof Figures, bigint>[]>`
    SELECT
      (SELECT count(*) FROM "Mission" WHERE status = 'COMPLETED' AND "archivedAt" IS NULL
         AND extract(year FROM "startDate") = ${year}::int) AS missions,
      (SELECT count(*) FROM "Delegation" WHERE status = 'WELCOMED' AND "archivedAt" IS NULL
         AND extract(year FROM "arrivalAt" AT TIME ZONE 'Europe/Paris') = ${year}::int) AS delegations,
      (SELECT count(*) FROM "InternationalEvent" WHERE status = 'HELD' AND "archivedAt" IS NULL
         AND extract(year FROM "startsAt" AT TIME ZONE 'Europe/Paris') = ${year}::int) AS events,
      (SELECT count(*) FROM "Town" WHERE "archivedAt" IS NULL AND "connectedOn" <= make_date(${year}::int, 12, 31)) AS towns`;
  if (!row) throw new Error("no figures");
  return {
    missions: Number(row.missions),
    delegations: Number(row.delegations),
    events: Number(row.events),
    towns: Number(row.towns),
  };
}

async function parisYearOfArrival(title: string): Promise<number> {
  const [row] = await testDb.$queryRaw<{ year: number }[]>`
    SELECT extract(year FROM "arrivalAt" AT TIME ZONE 'Europe/Paris')::int AS year FROM "Delegation" WHERE title = ${title}`;
  if (!row) throw new Error(`no delegation "${title}"`);
  return row.year;
}

describe("the demo records", () => {
  it("make the 2016 figures read as the brochure, and the other years plausible", async () => {
    expect(await seedDemoData(testDb)).toBe(true);
    expect(await figuresFor(2016)).toEqual({ towns: 50, delegations: 52, events: 32, missions: 13 });
    expect(await figuresFor(2015)).toEqual({ towns: 45, delegations: 41, events: 28, missions: 9 });
    expect(await figuresFor(2017)).toEqual({ towns: 51, delegations: 55, events: 34, missions: 15 });
    expect(await figuresFor(2018)).toEqual({ towns: 51, delegations: 58, events: 36, missions: 14 });
    // The same count through Prisma and lib/time's Paris days.
    const welcomed2016 = await testDb.delegation.count({
      where: {
        status: "WELCOMED",
        archivedAt: null,
        arrivalAt: { gte: startOfParisDay("2016-01-01"), lt: startOfParisDay("2017-01-01") },
      },
    });
    expect(welcomed2016).toBe(52);
  });

  it("hold noise the 2016 figures must leave out", async () => {
    await seedDemoData(testDb);
    const in2016 = { gte: new Date("2016-01-01"), lt: new Date("2017-01-01") };
    const missions2016 = await testDb.mission.findMany({
      where: { startDate: in2016 },
      select: { status: true, archivedAt: true },
    });
    expect(new Set(missions2016.map((mission) => mission.status))).toEqual(
      new Set(["COMPLETED", "CANCELLED", "DRAFT", "APPROVED"]),
    );
    expect(
      missions2016.filter((mission) => mission.status === "COMPLETED" && mission.archivedAt !== null),
    ).toHaveLength(1);
    // Starts in 2015, ends in 2016: counted once, for 2015.
    const straddling = await testDb.mission.findFirstOrThrow({ where: { startDate: new Date("2015-12-28") } });
    expect([straddling.status, straddling.endDate]).toEqual(["COMPLETED", new Date("2016-01-05")]);

    const parisYear2016 = { gte: startOfParisDay("2016-01-01"), lt: startOfParisDay("2017-01-01") };
    const delegations = await testDb.delegation.groupBy({
      by: ["status"],
      where: { arrivalAt: parisYear2016 },
      _count: true,
    });
    expect(delegations.map((group) => group.status).sort()).toEqual(["CANCELLED", "EXPECTED", "WELCOMED"]);
    expect(
      await testDb.delegation.count({
        where: { arrivalAt: parisYear2016, status: "WELCOMED", archivedAt: { not: null } },
      }),
    ).toBe(1);
    expect(
      await testDb.internationalEvent.count({ where: { startsAt: parisYear2016, status: { not: "HELD" } } }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await testDb.internationalEvent.count({
        where: { startsAt: parisYear2016, status: "HELD", archivedAt: { not: null } },
      }),
    ).toBe(1);
    expect(
      await testDb.town.count({ where: { connectedOn: { gte: new Date("2017-01-01"), lt: new Date("2018-01-01") } } }),
    ).toBe(1);
    expect(await testDb.town.count({ where: { connectedOn: null } })).toBe(1);
  });

  it("put New Year's Eve arrivals in their Paris year, not their UTC one", async () => {
    await seedDemoData(testDb);
    expect(await parisYearOfArrival(lastArrivalOf2016.title)).toBe(2016);
    expect(await parisYearOfArrival(firstArrivalOf2017.title)).toBe(2017);
    const [utc] = await testDb.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM "Delegation" WHERE status = 'WELCOMED' AND "archivedAt" IS NULL
        AND extract(year FROM "arrivalAt" AT TIME ZONE 'UTC') = 2016`;
    expect(Number(utc?.count)).toBe(53);
  });

  it("describe the 2015 Saint Petersburg mission with the Ballet and Team Côte d'Azur", async () => {
    await seedDemoData(testDb);
    const mission = await testDb.mission.findFirstOrThrow({
      where: { destinations: { some: { city: "Saint Petersburg" } }, startDate: { lt: new Date("2016-01-01") } },
      include: {
        partners: { include: { partner: true } },
        sectors: true,
        participants: true,
        agenda: true,
        objectives: true,
      },
    });
    expect(mission.status).toBe("COMPLETED");
    expect(mission.partners.map(({ partner }) => partner.shortName)).toEqual(expect.arrayContaining(["BNM", "TCA"]));
    expect(mission.partners.every((share) => share.contributionCents > 0)).toBe(true);
    expect(mission.sectors.length).toBeGreaterThan(1);
    expect(new Set(mission.participants.map((participant) => participant.kind))).toEqual(
      new Set(["OFFICIAL", "STARTUP", "COMPANY", "ARTIST", "PRESS"]),
    );
    expect(new Set(mission.agenda.map((item) => item.day.toISOString().slice(0, 10))).size).toBe(5);
    expect(mission.objectives).toHaveLength(3);
  });

  it("hold the brochure's reference data and the Carnival of Nice licence", async () => {
    await seedDemoData(testDb);
    expect(await testDb.sector.count()).toBe(8);
    expect(await testDb.objective.count()).toBe(3);
    const period = await testDb.priorityPeriod.findUniqueOrThrow({
      where: { label: "2016/2020" },
      include: { destinations: { include: { destination: true } } },
    });
    expect(period.destinations).toHaveLength(20);
    expect(
      period.destinations.every(({ destination }) => destination.latitude !== null && destination.longitude !== null),
    ).toBe(true);
    const licence = await testDb.agreement.findFirstOrThrow({
      where: { kind: "TRADEMARK_LICENCE" },
      include: { destination: true, themes: true },
    });
    expect([licence.destination.city, licence.isExclusive, licence.startDate.getUTCFullYear() + 5]).toEqual([
      "Xiamen",
      true,
      licence.endDate?.getUTCFullYear(),
    ]);
    expect(licence.themes.map((theme) => theme.year)).toEqual(expect.arrayContaining([2017, 2018]));
  });

  it("plan each mission's daily allowances as its page computes them, at rates that say they are demo values", async () => {
    await seedDemoData(testDb);
    const xiamen = await testDb.mission.findFirstOrThrow({
      where: { title: { startsWith: "Mission Xiamen — licence" } },
    });
    const read = await getMissionAllowances(await createActingUser("STAFF"), xiamen.id);
    const line = await testDb.missionCost.findFirstOrThrow({
      where: { missionId: xiamen.id, category: "DAILY_ALLOWANCE" },
    });
    // Lodged by the municipality on the first two nights: one night and five meals for each of two travellers.
    expect(read?.allowances).toMatchObject({ nights: 1, meals: 5, travellers: 2, missingRates: [] });
    expect(line.plannedCents).toBe(read?.allowances.totalCents);
    const rates = await testDb.allowanceRate.findMany({ select: { source: true } });
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.every((rate) => rate.source.startsWith("Valeur de démonstration"))).toBe(true);
  });

  it("hold mission orders to a demo cap that every confirmed or completed mission meets", async () => {
    await seedDemoData(testDb);
    const rule = await getMissionOrderRule();
    expect(rule.maxValidityMonths).toBe(2);
    expect(rule.source.startsWith("Valeur de démonstration")).toBe(true);
    const travellers = await testDb.missionTraveller.findMany({
      where: { kind: "STAFF", archivedAt: null, mission: { status: { in: ["CONFIRMED", "COMPLETED"] } } },
      select: { ...detailSelectOf(travellerFields), mission: { select: { startDate: true, endDate: true } } },
    });
    expect(travellers.length).toBeGreaterThan(0);
    const problems = travellers.flatMap((row) =>
      authorityProblems(
        authorityOf(recordValuesOf(travellerFields, row, "fr")),
        dayOf(row.mission.startDate),
        dayOf(row.mission.endDate),
        rule,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("ask what came of completed missions: most follow-ups answered, some still waiting", async () => {
    await seedDemoData(testDb);
    const answers = await testDb.missionFollowUp.findMany({ select: { partnerId: true, projectsLanded: true } });
    expect(answers.some((answer) => answer.partnerId !== null)).toBe(true);
    expect(answers.some((answer) => answer.projectsLanded > 0)).toBe(true);
    const pending = await listPendingFollowUps(await createActingUser("STAFF"));
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((slot) => slot.state === "overdue" || slot.state === "due")).toBe(true);
  });

  it("give every demo organisation a history of joint actions, linked only to records it takes part in", async () => {
    await seedDemoData(testDb);
    const perPartnerYear = await testDb.$queryRaw<{ shortName: string; year: number; count: number }[]>`
      SELECT p."shortName", extract(year FROM j.date)::int AS year, count(*)::int AS count
      FROM "JointAction" j JOIN "Partner" p ON p.id = j."partnerId" GROUP BY 1, 2 ORDER BY 1, 2`;
    expect(new Set(perPartnerYear.map((row) => row.shortName)).size).toBe(8);
    expect(perPartnerYear.map((row) => row.year).filter((year) => year < 2015 || year > 2018)).toEqual([]);
    expect(perPartnerYear).toHaveLength(8 * 4);
    expect(perPartnerYear.every((row) => row.count >= 6 && row.count <= 20)).toBe(true);

    // A link to a mission, delegation or event the organisation does not take part in would leak it.
    const [links] = await testDb.$queryRaw<{ linked: number; foreign: number }[]>`
      SELECT count(*) FILTER (WHERE j."missionId" IS NOT NULL OR j."delegationId" IS NOT NULL OR j."eventId" IS NOT NULL)::int AS linked,
        count(*) FILTER (WHERE
          (j."missionId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "MissionPartner" x WHERE x."missionId" = j."missionId" AND x."partnerId" = j."partnerId"))
          OR (j."delegationId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "_DelegationToPartner" x WHERE x."A" = j."delegationId" AND x."B" = j."partnerId"))
          OR (j."eventId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "_InternationalEventToPartner" x WHERE x."A" = j."eventId" AND x."B" = j."partnerId")))::int AS foreign
      FROM "JointAction" j`;
    expect(links?.foreign).toBe(0);
    expect(links?.linked).toBeGreaterThan((await testDb.jointAction.count()) / 3);

    const kinds = await testDb.jointAction.groupBy({
      by: ["kind"],
      _sum: { contactsCount: true, investorLeadsCount: true },
    });
    expect(kinds.map((group) => group.kind).sort()).toEqual([
      "B2B_MEETINGS",
      "BUSINESS_DEVELOPMENT",
      "CULTURAL",
      "INVESTOR_MEETING",
      "OTHER",
      "PRESS",
      "PROMOTION",
    ]);
    expect(kinds.find((group) => group.kind === "INVESTOR_MEETING")?._sum.investorLeadsCount).toBeGreaterThan(0);
    expect(await testDb.jointAction.count({ where: { objectiveId: null } })).toBe(0);
    expect(await testDb.jointAction.count({ where: { destinationId: { not: null } } })).toBeGreaterThan(0);
    expect(await testDb.jointAction.count({ where: { archivedAt: { not: null } } })).toBe(8);
    // Joint actions feed the breakdowns, never the key figures: the 2016 figures are still the brochure's.
    expect(await figuresFor(2016)).toEqual({ towns: 50, delegations: 52, events: 32, missions: 13 });
  });

  it("are seeded once: a second run changes nothing", async () => {
    expect(await seedDemoData(testDb)).toBe(true);
    const count = () =>
      Promise.all([
        testDb.mission.count(),
        testDb.delegation.count(),
        testDb.internationalEvent.count(),
        testDb.town.count(),
        testDb.agreement.count(),
        testDb.partner.count(),
        testDb.jointAction.count(),
      ]);
    const before = await count();
    expect(before).toEqual([
      demoMissions().length,
      demoDelegations().length,
      demoEvents().length,
      52,
      demoAgreements().length,
      8,
      demoJointActions().length,
    ]);
    expect(await seedDemoData(testDb)).toBe(false);
    expect(await count()).toEqual(before);
  });

  it("are the same on every run: no randomness, no clock", () => {
    const all = () => [demoMissions(), demoDelegations(), demoEvents(), demoAgreements(), demoJointActions()];
    expect(all()).toEqual(all());
    const dates: Date[] = [];
    JSON.stringify(all(), function collect(this: Record<string, unknown>, key, value) {
      if (this[key] instanceof Date) dates.push(this[key]);
      return value;
    });
    expect(dates.length).toBeGreaterThan(500);
    expect(dates.filter((date) => date.getUTCFullYear() < 2013 || date.getUTCFullYear() > 2021)).toEqual([]);
  });
});

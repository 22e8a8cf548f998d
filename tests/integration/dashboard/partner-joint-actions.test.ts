import { describe, expect, it } from "vitest";
import { getPartnerBreakdown } from "@/lib/dashboard/breakdowns";
import { getPriorityCoverage } from "@/lib/dashboard/coverage";
import { exportBreakdownCsv } from "@/lib/dashboard/exports";
import { buildJointAction } from "@/prisma/demo/joint-actions";
import { calendarDay } from "@/prisma/demo/record-builders";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

// Partners' joint actions feed the dashboard's partner breakdown and priority coverage (decision 009):
// counted by the calendar year of their date, archived ones left out.

async function seedActions() {
  const partner = await testDb.partner.create({ data: buildPartner({ name: "Team Côte d'Azur", shortName: "TCA" }) });
  const quiet = await testDb.partner.create({ data: buildPartner({ name: "Quiet partner" }) });
  const tokyo = await testDb.destination.create({ data: { city: "Tokyo", countryCode: "JP" } });
  const period = await testDb.priorityPeriod.create({ data: { label: "2016/2020", startYear: 2016, endYear: 2020 } });
  await testDb.priorityDestination.create({ data: { periodId: period.id, destinationId: tokyo.id } });
  await testDb.jointAction.createMany({
    data: [
      buildJointAction({
        partnerId: partner.id,
        date: calendarDay("2017-01-01"),
        contactsCount: 12,
        investorLeadsCount: 3,
        destinationId: tokyo.id,
      }),
      buildJointAction({
        partnerId: partner.id,
        date: calendarDay("2017-12-31"),
        contactsCount: 8,
        investorLeadsCount: 1,
      }),
      buildJointAction({
        partnerId: partner.id,
        date: calendarDay("2016-12-31"),
        contactsCount: 100,
        investorLeadsCount: 100,
        destinationId: tokyo.id,
      }),
      buildJointAction({
        partnerId: partner.id,
        date: calendarDay("2017-06-01"),
        contactsCount: 100,
        investorLeadsCount: 100,
        destinationId: tokyo.id,
        archivedAt: new Date(),
      }),
    ],
  });
  return { partner, quiet };
}

describe("joint actions on the dashboard", () => {
  it("count in the partner breakdown of their year, with their contacts and investor leads", async () => {
    const { partner } = await seedActions();
    // A partner with joint actions only (no mission, delegation or event) still shows.
    expect(await getPartnerBreakdown(2017)).toEqual([
      {
        id: partner.id,
        name: "Team Côte d'Azur",
        shortName: "TCA",
        missions: 0,
        delegations: 0,
        events: 0,
        contributionCents: 0,
        jointActions: 2,
        contacts: 20,
        investorLeads: 4,
      },
    ]);
    expect((await getPartnerBreakdown(2016)).map((row) => [row.jointActions, row.contacts, row.investorLeads])).toEqual(
      [[1, 100, 100]],
    );
    expect(await getPartnerBreakdown(2018)).toEqual([]);
  });

  it("count in the priority coverage of their destination and year", async () => {
    await seedActions();
    const coverage = await getPriorityCoverage(2017);
    const cells = coverage?.rows[0]?.cells ?? [];
    expect(cells.map((cell) => [cell.year, cell.jointActions])).toEqual([
      [2016, 1],
      [2017, 1],
      [2018, 0],
      [2019, 0],
      [2020, 0],
    ]);
  });

  it("are exported with the partner breakdown and the coverage", async () => {
    await seedActions();
    const staff = await createActingUser("STAFF");
    const label = (key: string) => key;
    const partners = await exportBreakdownCsv(staff, "partners", 2017, "en", label);
    expect(partners.split(/\r?\n/).slice(0, 2)).toEqual([
      expect.stringContaining("jointActions,contacts,investorLeads"),
      expect.stringMatching(/^Team Côte d'Azur,0,0,0,0\.00,2,20,4$/),
    ]);
    const coverage = await exportBreakdownCsv(staff, "coverage", 2017, "en", label);
    expect(coverage.split(/\r?\n/)[0]).toContain("2017 A,2017 J");
  });
});

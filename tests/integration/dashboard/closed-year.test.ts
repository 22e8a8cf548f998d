import { describe, expect, it } from "vitest";
import { listKeyFigures } from "@/lib/api/figures";
import { closeYear } from "@/lib/dashboard/closures";
import { exportBreakdownCsv } from "@/lib/dashboard/exports";
import { getAnnualReport } from "@/lib/dashboard/report";
import { getShownBreakdowns, getYearFigures } from "@/lib/dashboard/year-figures";
import { seedDemoData } from "@/prisma/demo/seed";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

// A closed year's figures agree everywhere they are read (docs/decisions/009-dashboard.md): the
// dashboard's cards and trends, its breakdowns and CSVs, the figures API and the annual report
// show the published figures, with today's count beside them where an edit since changed it.

const sum = (rows: { delegations: number }[]) => rows.reduce((total, row) => total + row.delegations, 0);

describe("a closed year whose records changed since", () => {
  it("shows its published figures everywhere, and today's count beside them", async () => {
    await seedDemoData(testDb);
    const manager = await createActingUser("MANAGER");
    await closeYear(manager, 2016);
    // One of the 52 welcomed delegations of 2016 is cancelled after the year was closed.
    const [cancelled] = await testDb.delegation.findMany({
      where: { status: "WELCOMED", arrivalAt: { gte: new Date("2016-03-01"), lt: new Date("2016-12-01") } },
      take: 1,
    });
    await testDb.delegation.update({
      where: { id: cancelled!.id },
      data: { status: "CANCELLED", cancellationReason: "postponed" },
    });

    const [year2015, year2016] = await getYearFigures(2015, 2016);
    expect(year2016).toMatchObject({
      shown: { delegationsWelcomed: 52 },
      live: { delegationsWelcomed: 51 },
      published: { delegationsWelcomed: 52 },
    });
    expect(year2016?.changed).toEqual(["delegationsWelcomed"]);
    expect(year2015).toMatchObject({ published: null, changed: [] });
    expect(year2015?.shown).toEqual(year2015?.live);

    const [api] = await listKeyFigures(2016, 2016, "en");
    expect(api).toMatchObject({
      delegationsWelcomed: 52,
      closed: true,
      published: { delegationsWelcomed: 52 },
      live: { delegationsWelcomed: 51 },
    });
    const [range2016] = (await listKeyFigures(2014, 2016, "en")).slice(-1);
    expect(range2016).toMatchObject({ delegationsWelcomed: 52, live: { delegationsWelcomed: 51 } });

    expect((await getAnnualReport(2016)).figures.delegationsWelcomed).toBe(52);

    const { breakdowns, isPublished } = await getShownBreakdowns(2016, { withDestinations: true });
    expect(isPublished).toBe(true);
    expect(sum(breakdowns.countries)).toBe(52);
    const csv = await exportBreakdownCsv(manager, "figures", 2016, "en", (key) => key);
    expect(csv.split("\r\n")[1]).toContain(",52,");
    // An open year's breakdowns are the live ones.
    expect((await getShownBreakdowns(2015, { withDestinations: false })).isPublished).toBe(false);
  });
});

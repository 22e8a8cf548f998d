import { describe, expect, it } from "vitest";
import { jointActionListSchema } from "@/lib/joint-actions/list-params";
import { partnerSummaryTopRows, summariseByPartner } from "@/lib/joint-actions/partner-summary";
import { parseListParams } from "@/lib/list-params";
import { buildJointAction } from "@/tests/factories/joint-actions";
import { buildPartner } from "@/tests/factories/partners";
import { testDb } from "../setup/database";
import { createTwoPartners } from "./helpers";

const params = (query: Record<string, string> = {}) => parseListParams(jointActionListSchema, query);

/** 17 organisations: the n-th has n actions in 2017 (n contacts each) and one in 2018. */
async function seed() {
  const users = await createTwoPartners();
  const partners = [];
  for (let n = 1; n <= partnerSummaryTopRows + 2; n += 1) {
    const partner = await testDb.partner.create({
      data: buildPartner({ shortName: `Org ${String(n).padStart(2, "0")}` }),
    });
    partners.push(partner);
    await testDb.jointAction.createMany({
      data: [
        ...Array.from({ length: n }, () => buildJointAction(partner.id, { contactsCount: n, investorLeadsCount: 1 })),
        buildJointAction(partner.id, { date: new Date("2018-03-01T00:00:00.000Z"), kind: "PRESS" }),
      ],
    });
  }
  return { ...users, partners };
}

/** The totals straight from the actions, for comparison. */
async function fromRecords(where: { year?: number; archived?: boolean } = {}) {
  const groups = await testDb.jointAction.groupBy({
    by: ["partnerId"],
    where: {
      archivedAt: where.archived ? { not: null } : null,
      ...(where.year
        ? { date: { gte: new Date(`${where.year}-01-01`), lt: new Date(`${where.year + 1}-01-01`) } }
        : {}),
    },
    _count: { _all: true },
    _sum: { contactsCount: true, investorLeadsCount: true },
  });
  return new Map(
    groups.map((group) => [
      group.partnerId,
      {
        count: group._count._all,
        contacts: group._sum.contactsCount ?? 0,
        investorLeads: group._sum.investorLeadsCount ?? 0,
      },
    ]),
  );
}

const asMap = (summary: Awaited<ReturnType<typeof summariseByPartner>>) =>
  new Map(
    summary.top.map(({ partnerId, count, contacts, investorLeads }) => [partnerId, { count, contacts, investorLeads }]),
  );

describe("the joint-actions list's summary per organisation", () => {
  it("shows the 15 most active organisations and sums the others in one row", async () => {
    const { staff, partners } = await seed();
    const summary = await summariseByPartner(staff, params({ year: "2017" }));
    expect(summary.top.map((row) => row.partnerShortName)).toEqual(
      partners
        .slice(2)
        .reverse()
        .map((partner) => partner.shortName),
    );
    expect(summary.top[0]).toMatchObject({ count: 17, contacts: 17 * 17, investorLeads: 17 });
    // Org 01 (1 action, 1 contact) and Org 02 (2 actions, 4 contacts).
    expect(summary.others).toEqual({ count: 2, totals: { count: 3, contacts: 5, investorLeads: 3 } });
  });

  it("counts what the actions say, for a year or all years, archived actions left out, edits included", async () => {
    const { staff, partners } = await seed();
    const busiest = partners.at(-1)?.id as string;
    await testDb.jointAction.updateMany({
      where: { partnerId: busiest, date: new Date("2017-05-12T00:00:00.000Z") },
      data: { contactsCount: 100 },
    });
    const oneAction = await testDb.jointAction.findFirstOrThrow({ where: { partnerId: busiest, contactsCount: 100 } });
    await testDb.jointAction.update({ where: { id: oneAction.id }, data: { archivedAt: new Date() } });

    for (const year of [2017, 2018, undefined]) {
      const summary = await summariseByPartner(staff, params(year ? { year: String(year) } : {}));
      const truth = await fromRecords({ year });
      for (const [partnerId, totals] of asMap(summary))
        expect(totals, `${partnerId} in ${year ?? "all years"}`).toEqual(truth.get(partnerId));
    }
    expect(asMap(await summariseByPartner(staff, params({ year: "2017" }))).get(busiest)).toEqual({
      count: 16,
      contacts: 1600,
      investorLeads: 16,
    });
  });

  it("sums only the filtered actions when the list is filtered (archived ones, a kind)", async () => {
    const { staff, manager, partners } = await seed();
    const first = partners[0]?.id as string;
    await testDb.jointAction.updateMany({
      where: { partnerId: first, kind: "PROMOTION" },
      data: { archivedAt: new Date() },
    });
    expect((await summariseByPartner(staff, params({ archived: "true" }))).top).toEqual([
      expect.objectContaining({ partnerId: first, count: 1 }),
    ]);
    const meetings = await summariseByPartner(manager, params({ kind: "PRESS" }));
    expect(meetings.top.every((row) => row.count === 1)).toBe(true);
    expect(meetings.top.length + (meetings.others?.count ?? 0)).toBe(partners.length);
  });
});

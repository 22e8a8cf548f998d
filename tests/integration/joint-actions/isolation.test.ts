import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { jointActionListSchema } from "@/lib/joint-actions/list-params";
import { setJointActionArchived, updateJointAction } from "@/lib/joint-actions/mutations";
import { summariseByPartner } from "@/lib/joint-actions/partner-summary";
import { getJointAction, listJointActions, summariseJointActions } from "@/lib/joint-actions/queries";
import { buildJointAction, jointActionInput } from "@/tests/factories/joint-actions";
import { buildDestination, buildObjective } from "@/tests/factories/reference";
import { rejection } from "../delegations/helpers";
import { testDb } from "../setup/database";
import { createTwoPartners } from "./helpers";

const params = (query: Record<string, string> = {}) => parseListParams(jointActionListSchema, query);

async function seed() {
  const users = await createTwoPartners();
  const seoul = await testDb.destination.create({ data: buildDestination({ city: "Seoul", countryCode: "KR" }) });
  const reach = await testDb.objective.create({ data: buildObjective() });
  const common = { destinationId: seoul.id, objectiveId: reach.id, kind: "INVESTOR_MEETING" as const };
  const tcaAction = await testDb.jointAction.create({
    data: buildJointAction(users.tca.partnerId, {
      ...common,
      title: "Seoul investors TCA",
      contactsCount: 5,
      investorLeadsCount: 2,
    }),
  });
  const otcnAction = await testDb.jointAction.create({
    data: buildJointAction(users.otcn.partnerId, {
      ...common,
      title: "Seoul investors OTCN",
      contactsCount: 7,
      investorLeadsCount: 1,
    }),
  });
  return { ...users, seoul, reach, tcaAction, otcnAction };
}

const titles = async (...args: Parameters<typeof listJointActions>) =>
  (await listJointActions(...args)).rows.map((row) => row.title);

describe("joint actions between two partner organisations", () => {
  it("lists, searches and filters only the partner's own actions; staff and managers see both", async () => {
    const { tca, otcn, staff, manager, seoul, reach } = await seed();
    expect(await titles(tca, params())).toEqual(["Seoul investors TCA"]);
    expect(await titles(otcn, params())).toEqual(["Seoul investors OTCN"]);
    expect(await titles(tca, params({ q: "OTCN" }))).toEqual([]);
    expect(await titles(tca, params({ q: "seoul" }))).toEqual(["Seoul investors TCA"]);
    // Asking for the other organisation in the filter still returns nothing of theirs.
    expect(await titles(tca, params({ partner: otcn.partnerId }))).toEqual([]);
    expect(
      await titles(tca, params({ destination: seoul.id, objective: reach.id, kind: "INVESTOR_MEETING", year: "2017" })),
    ).toEqual(["Seoul investors TCA"]);
    expect((await titles(staff, params())).sort()).toEqual(["Seoul investors OTCN", "Seoul investors TCA"]);
    expect(await titles(manager, params({ partner: otcn.partnerId }))).toEqual(["Seoul investors OTCN"]);
    expect((await listJointActions(tca, params())).total).toBe(1);
  });

  it("answers not found for the other organisation's action by id, on read and on every write", async () => {
    const { tca, otcnAction, tcaAction } = await seed();
    expect(await getJointAction(tca, otcnAction.id)).toBeNull();
    expect(await getJointAction(tca, tcaAction.id)).toMatchObject({ title: "Seoul investors TCA" });
    await expect(
      updateJointAction(tca, { ...jointActionInput({ title: "Taken over" }), id: otcnAction.id, version: 1 }),
    ).rejects.toEqual(rejection("notFound"));
    await expect(setJointActionArchived(tca, { id: otcnAction.id, version: 1, archived: true })).rejects.toEqual(
      rejection("notFound"),
    );
    await testDb.jointAction.update({ where: { id: otcnAction.id }, data: { archivedAt: new Date() } });
    await expect(setJointActionArchived(tca, { id: otcnAction.id, version: 1, archived: false })).rejects.toEqual(
      rejection("notFound"),
    );
    await expect(getJointAction(tca, "guessed-id")).resolves.toBeNull();
    expect(await testDb.jointAction.findUniqueOrThrow({ where: { id: otcnAction.id } })).toMatchObject({
      title: "Seoul investors OTCN",
      version: 1,
    });
    expect(await testDb.auditEntry.count()).toBe(0);
  });

  it("sums a year per organisation: a partner gets their own totals only", async () => {
    const { tca, otcn, staff } = await seed();
    expect(await summariseJointActions(tca, { year: 2017 })).toEqual({ count: 1, contacts: 5, investorLeads: 2 });
    expect(await summariseJointActions(tca, { year: 2017, partnerId: otcn.partnerId })).toEqual({
      count: 0,
      contacts: 0,
      investorLeads: 0,
    });
    expect(await summariseJointActions(staff, { year: 2017 })).toEqual({ count: 2, contacts: 12, investorLeads: 3 });
    expect(await summariseJointActions(staff, { year: 2016 })).toEqual({ count: 0, contacts: 0, investorLeads: 0 });
    const byPartner = await summariseByPartner(staff, params({ year: "2017" }));
    expect(byPartner.top.map(({ partnerId, count, contacts }) => ({ partnerId, count, contacts }))).toEqual(
      expect.arrayContaining([
        { partnerId: tca.partnerId, count: 1, contacts: 5 },
        { partnerId: otcn.partnerId, count: 1, contacts: 7 },
      ]),
    );
  });
});

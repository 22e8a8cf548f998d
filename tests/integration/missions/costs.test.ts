import { beforeEach, describe, expect, it } from "vitest";
import { archiveMission, createMission } from "@/lib/missions/mutations";
import { createCost, setCostArchived, updateCost } from "@/lib/missions/costs/mutations";
import { listCosts } from "@/lib/missions/costs/queries";
import { costSchema } from "@/lib/missions/costs/schemas";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, rejection, type MissionReferences } from "./helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

const line = (missionId: string, fields: Record<string, string>) => costSchema.parse({ ...fields, missionId });

/** A mission led by Team Côte d'Azur. */
async function missionWithTca() {
  const staff = await createActingUser("STAFF");
  const { id } = await createMission(
    staff,
    buildMissionInput([refs.houston.id], {
      partners: [{ partnerId: refs.tca.id, role: "LEAD", contributionCents: 0 }],
    }),
  );
  return { staff, id };
}

describe("a mission's costs", () => {
  it("are lines in euros kept exactly in cents, planned then actual, paid by the Métropole or a partner, each change audited", async () => {
    const { staff, id } = await missionWithTca();
    const flights = await createCost(
      staff,
      line(id, { category: "TRANSPORT", description: "Vols", plannedCents: "4 200,10", actualCents: "" }),
    );
    await createCost(
      staff,
      line(id, { category: "LODGING", payerPartnerId: refs.tca.id, plannedCents: "1 800", actualCents: "1 799,99" }),
    );
    await updateCost(staff, {
      ...line(id, { category: "TRANSPORT", description: "Vols", plannedCents: "4 200,10", actualCents: "4 310,30" }),
      id: flights.id,
      version: 1,
    });
    const costs = await listCosts(staff, id);
    expect(
      costs.map(({ category, payerPartnerId, plannedCents, actualCents }) => [
        category,
        payerPartnerId,
        plannedCents,
        actualCents,
      ]),
    ).toEqual([
      ["TRANSPORT", null, 420_010, 431_030],
      ["LODGING", refs.tca.id, 180_000, 179_999],
    ]);
    expect((await auditEntries(flights.id)).map((entry) => entry.action)).toEqual([
      "missionCost.create",
      "missionCost.update",
    ]);
    expect(await listCosts(await createActingUser("PARTNER"), id)).toEqual([]);
  });

  it("refuse a payer not taking part, a negative or malformed amount, a manager, a stale save and an archived mission", async () => {
    const { staff, id } = await missionWithTca();
    await expect(
      createCost(staff, line(id, { category: "VENUE", payerPartnerId: refs.otcn.id, plannedCents: "500" })),
    ).rejects.toEqual(rejection("payerNotPartner", { payerPartnerId: ["payerNotPartner"] }));
    const issues = (fields: Record<string, string>) =>
      costSchema
        .safeParse({ category: "OTHER", missionId: id, ...fields })
        .error?.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
    expect(issues({ plannedCents: "-10" })).toEqual(["plannedCents:notNegative"]);
    expect(issues({ plannedCents: "12,345", actualCents: "1e3" })).toEqual([
      "plannedCents:invalidAmount",
      "actualCents:invalidAmount",
    ]);
    expect(issues({ category: "" })).toEqual(["category:invalidChoice"]);

    await expect(
      createCost(await createActingUser("MANAGER"), line(id, { category: "GIFTS", plannedCents: "90" })),
    ).rejects.toEqual(rejection("forbidden"));
    const gift = await createCost(staff, line(id, { category: "GIFTS", plannedCents: "90" }));
    await updateCost(staff, { ...line(id, { category: "GIFTS", plannedCents: "95" }), id: gift.id, version: 1 });
    await expect(
      updateCost(staff, { ...line(id, { category: "GIFTS", plannedCents: "99" }), id: gift.id, version: 1 }),
    ).rejects.toMatchObject({ code: "conflict" });

    await setCostArchived(staff, { id: gift.id, version: 2, archived: true });
    expect((await listCosts(staff, id)).map((cost) => cost.archivedAt !== null)).toEqual([true]);
    await archiveMission(staff, { id, version: 1 });
    await expect(createCost(staff, line(id, { category: "OTHER", plannedCents: "1" }))).rejects.toEqual(
      rejection("archived"),
    );
    expect(await testDb.missionCost.count({ where: { missionId: id } })).toBe(1);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { changeMissionStatus, createMission } from "@/lib/missions/mutations";
import { createTraveller, updateTraveller } from "@/lib/missions/travellers/mutations";
import { travellerSchema } from "@/lib/missions/travellers/schemas";
import { updateMissionOrderRule } from "@/lib/reference/mission-order-rule/mutations";
import { getMissionOrderRule } from "@/lib/reference/mission-order-rule/queries";
import { updateMissionOrderRuleSchema } from "@/lib/reference/mission-order-rule/schemas";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { createMissionReferences, rejection, type MissionReferences } from "./helpers";

// The cap administrators set on a mission order's validity (decision 025), and confirmation
// waiting for an order that runs past it to be renewed.

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

const ruleForm = (fields: Record<string, string>) =>
  updateMissionOrderRuleSchema.parse({ id: "mission-orders", version: "1", source: "", ...fields });

describe("the mission order rule", () => {
  it("is saved by an administrator with its source, audited, and holds a longer order back from confirmation", async () => {
    const admin = await createActingUser("ADMIN");
    const staff = await createActingUser("STAFF");
    // No cap until one is set.
    expect(await getMissionOrderRule()).toMatchObject({ maxValidityMonths: null, source: "" });

    const { id } = await createMission(
      staff,
      buildMissionInput([refs.houston.id], { startDate: "2017-05-02", endDate: "2017-05-05" }),
    );
    await testDb.mission.update({ where: { id }, data: { status: "APPROVED" } });
    // Signed on 20 April, valid until 31 July: more than two months.
    const order = {
      kind: "STAFF",
      name: "Sophie Staff",
      orderNumber: "OM-2017-042",
      orderSignatory: "Directeur général des services",
      orderSignedOn: "2017-04-20",
      orderValidUntil: "2017-07-31",
      missionId: id,
    };
    const officer = await createTraveller(staff, travellerSchema.parse(order));

    await updateMissionOrderRule(admin, ruleForm({ maxValidityMonths: "2", source: "Demo value: two months" }));
    expect(await getMissionOrderRule()).toMatchObject({ maxValidityMonths: 2, source: "Demo value: two months" });
    expect(
      await testDb.auditEntry.findMany({ where: { action: "missionOrderRule.update" }, select: { changes: true } }),
    ).toEqual([
      {
        changes: {
          maxValidityMonths: { before: null, after: 2 },
          source: { before: "", after: "Demo value: two months" },
        },
      },
    ]);
    await expect(changeMissionStatus(staff, { id, version: 1, status: "CONFIRMED" })).rejects.toEqual(
      rejection("authorityMissing"),
    );

    // Renewed: an order that runs no further than 20 June.
    await updateTraveller(staff, {
      ...travellerSchema.parse({ ...order, orderValidUntil: "2017-06-20" }),
      id: officer.id,
      version: 1,
    });
    await changeMissionStatus(staff, { id, version: 1, status: "CONFIRMED" });
  });

  it("refuses staff, a cap without its source, a cap out of range and a stale save", async () => {
    const admin = await createActingUser("ADMIN");
    const staff = await createActingUser("STAFF");
    await expect(updateMissionOrderRule(staff, ruleForm({ maxValidityMonths: "2", source: "Demo" }))).rejects.toEqual(
      rejection("forbidden"),
    );
    const withoutSource = updateMissionOrderRuleSchema.safeParse({
      id: "mission-orders",
      version: "1",
      maxValidityMonths: "2",
      source: " ",
    });
    expect(withoutSource.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["source", "ruleSourceRequired"],
    ]);
    const outOfRange = updateMissionOrderRuleSchema.safeParse({
      id: "mission-orders",
      version: "1",
      maxValidityMonths: "25",
      source: "Demo",
    });
    expect(outOfRange.error?.issues.map((issue) => issue.message)).toEqual(["orderMonthsOutOfRange"]);

    await updateMissionOrderRule(admin, ruleForm({ maxValidityMonths: "2", source: "Demo" }));
    await expect(
      updateMissionOrderRule(admin, ruleForm({ maxValidityMonths: "3", source: "Demo" })),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await getMissionOrderRule()).toMatchObject({ maxValidityMonths: 2, version: 2 });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { recordAllowanceCost, saveAllowanceDays } from "@/lib/missions/allowances/mutations";
import { getMissionAllowances } from "@/lib/missions/allowances/queries";
import { allowanceDaysSchema } from "@/lib/missions/allowances/schemas";
import { createCost } from "@/lib/missions/costs/mutations";
import { listCosts } from "@/lib/missions/costs/queries";
import { costSchema } from "@/lib/missions/costs/schemas";
import { changeMissionStatus, createMission } from "@/lib/missions/mutations";
import { createTraveller } from "@/lib/missions/travellers/mutations";
import { travellerSchema } from "@/lib/missions/travellers/schemas";
import {
  createAllowanceRate,
  setAllowanceRateArchived,
  updateAllowanceRate,
} from "@/lib/reference/allowance-rates/mutations";
import { allowanceRateSchema } from "@/lib/reference/allowance-rates/schemas";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, rejection, type MissionReferences } from "./helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

const rate = (fields: Record<string, string>) =>
  allowanceRateSchema.parse({ source: "Demo value, not an official rate", validUntil: "", ...fields });

describe("the daily allowance rates", () => {
  it("are kept by administrators, one rate per country and day, each change audited", async () => {
    const admin = await createActingUser("ADMIN");
    const first = await createAllowanceRate(
      admin,
      rate({ countryCode: "us", dailyCents: "250", validFrom: "2015-01-01", validUntil: "2016-12-31" }),
    );
    await expect(
      createAllowanceRate(admin, rate({ countryCode: "US", dailyCents: "260", validFrom: "2016-06-01" })),
    ).rejects.toEqual(rejection("rateOverlaps", { validFrom: ["rateOverlaps"] }));
    const next = await createAllowanceRate(
      admin,
      rate({ countryCode: "US", dailyCents: "262,50", validFrom: "2017-01-01" }),
    );
    expect(
      await testDb.allowanceRate.findMany({
        orderBy: { validFrom: "asc" },
        select: { countryCode: true, dailyCents: true },
      }),
    ).toEqual([
      { countryCode: "US", dailyCents: 25_000 },
      { countryCode: "US", dailyCents: 26_250 },
    ]);
    // Ending the first rate earlier makes room; putting back what overlaps is refused.
    await setAllowanceRateArchived(admin, { id: next.id, version: 1, archived: true });
    await updateAllowanceRate(admin, {
      ...rate({ countryCode: "US", dailyCents: "250", validFrom: "2015-01-01", validUntil: "" }),
      id: first.id,
      version: 1,
    });
    await expect(setAllowanceRateArchived(admin, { id: next.id, version: 2, archived: false })).rejects.toEqual(
      rejection("rateOverlaps"),
    );
    expect((await auditEntries(first.id)).map((entry) => entry.action)).toEqual([
      "allowanceRate.create",
      "allowanceRate.update",
    ]);
    await expect(
      createAllowanceRate(
        await createActingUser("STAFF"),
        rate({ countryCode: "RU", dailyCents: "200", validFrom: "2016-01-01" }),
      ),
    ).rejects.toEqual(rejection("forbidden"));
  });

  it("refuse a rate of nothing, an end before the start and a country that is none", () => {
    const issues = (fields: Record<string, string>) =>
      allowanceRateSchema
        .safeParse({ source: "Demo", countryCode: "US", dailyCents: "100", validFrom: "2016-01-01", ...fields })
        .error?.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
    expect(issues({ dailyCents: "0" })).toEqual(["dailyCents:rateNotPositive"]);
    expect(issues({ validUntil: "2015-12-31" })).toEqual(["validUntil:rateEndsBeforeStart"]);
    expect(issues({ countryCode: "XX", source: "" })).toEqual(["countryCode:countryCode", "source:required"]);
  });
});

/** A three-day mission to Houston with two of the Métropole's travellers and one partner's, US rate 250 €. */
async function houstonMission() {
  const admin = await createActingUser("ADMIN");
  await createAllowanceRate(admin, rate({ countryCode: "US", dailyCents: "250", validFrom: "2016-01-01" }));
  const staff = await createActingUser("STAFF");
  const { id } = await createMission(
    staff,
    buildMissionInput([refs.houston.id], {
      startDate: "2016-05-10",
      endDate: "2016-05-12",
      partners: [{ partnerId: refs.tca.id, role: "LEAD", contributionCents: 0 }],
      agenda: [
        { day: "2016-05-10", time: "11:00", title: "Accueil", location: "City Hall, Houston" },
        { day: "2016-05-12", time: "09:00", title: "Départ", location: "Houston airport" },
      ],
    }),
  );
  for (const [kind, name] of [
    ["STAFF", "Agent"],
    ["ELECTED", "Élu"],
    ["PARTNER", "Représentant TCA"],
  ] as const) {
    await createTraveller(staff, travellerSchema.parse({ kind, name, missionId: id }));
  }
  return { staff, id };
}

describe("a mission's daily allowances", () => {
  it("are computed for the Métropole's travellers from the agenda and the country's rate", async () => {
    const { staff, id } = await houstonMission();
    const read = (await getMissionAllowances(staff, id))!;
    // Two nights (162.50 € each), lunch and dinner on the first two days, lunch on the last (43.75 € each).
    expect(read.allowances).toMatchObject({ nights: 2, meals: 5, perTravellerCents: 54_375, travellers: 2 });
    expect(read.allowances.totalCents).toBe(108_750);
    expect(await getMissionAllowances(await createActingUser("PARTNER"), id)).toBeNull();
  });

  it("follow what staff set for each day, refusing a save over someone else's newer one", async () => {
    const { staff, id } = await houstonMission();
    const days = (basis: string, night: string) =>
      allowanceDaysSchema.parse({
        missionId: id,
        basis,
        days: [{ day: "2016-05-11", night, lunch: "HOST", dinner: "DUE" }],
      });
    const before = (await getMissionAllowances(staff, id))!;
    await saveAllowanceDays(staff, days(before.basis, "HOST"));
    const after = (await getMissionAllowances(staff, id))!;
    // The host's hotel and lunch on 11 May: 162.50 € and 43.75 € less for each traveller.
    expect(after.allowances.perTravellerCents).toBe(54_375 - 16_250 - 4_375);
    await expect(saveAllowanceDays(staff, days(before.basis, "DUE"))).rejects.toEqual(rejection("allowanceChanged"));
    expect((await auditEntries(id)).filter((entry) => entry.action === "mission.allowanceDays")).toEqual([
      expect.objectContaining({
        changes: { "2016-05-11": { before: null, after: "night HOST, lunch HOST, dinner DUE" } },
      }),
    ]);
  });

  it("are recorded as the planned daily allowance line paid by the Métropole, created once then updated", async () => {
    const { staff, id } = await houstonMission();
    await recordAllowanceCost(staff, { missionId: id, expectedCents: 108_750 });
    await recordAllowanceCost(staff, { missionId: id, expectedCents: 108_750 });
    const lines = (await listCosts(staff, id)).filter((line) => line.category === "DAILY_ALLOWANCE");
    expect(lines.map(({ plannedCents, payerPartnerId }) => [plannedCents, payerPartnerId])).toEqual([[108_750, null]]);
    // What the user saw is no longer what the records give: nothing is written.
    await expect(recordAllowanceCost(staff, { missionId: id, expectedCents: 100_000 })).rejects.toEqual(
      rejection("allowanceChanged"),
    );
    await createCost(staff, costSchema.parse({ missionId: id, category: "DAILY_ALLOWANCE", plannedCents: "10" }));
    await expect(recordAllowanceCost(staff, { missionId: id, expectedCents: 108_750 })).rejects.toEqual(
      rejection("allowanceLinesAmbiguous"),
    );
  });

  it("are not recorded while a paid day has no rate, nor by a manager", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(staff, buildMissionInput([refs.petersburg.id]));
    const read = (await getMissionAllowances(staff, id))!;
    expect(read.allowances.missingRates.map((missing) => missing.countryCode)).toEqual(["RU", "RU", "RU", "RU", "RU"]);
    await expect(recordAllowanceCost(staff, { missionId: id, expectedCents: 0 })).rejects.toEqual(
      rejection("allowanceRateMissing"),
    );
    await expect(
      recordAllowanceCost(await createActingUser("MANAGER"), { missionId: id, expectedCents: 0 }),
    ).rejects.toEqual(rejection("forbidden"));
    expect(await testDb.missionCost.count({ where: { missionId: id } })).toBe(0);
  });

  it("and the mission's other parts are read-only while a manager decides on it", async () => {
    const { staff, id } = await houstonMission();
    const version = (await testDb.mission.findUniqueOrThrow({ where: { id } })).version;
    await changeMissionStatus(staff, { id, version, status: "SUBMITTED" });
    const basis = (await getMissionAllowances(staff, id))!.basis;
    const day = { day: "2016-05-11", night: "HOST", lunch: "DUE", dinner: "DUE" };
    await expect(
      saveAllowanceDays(staff, allowanceDaysSchema.parse({ missionId: id, basis, days: [day] })),
    ).rejects.toEqual(rejection("awaitingApproval"));
    await expect(recordAllowanceCost(staff, { missionId: id, expectedCents: 108_750 })).rejects.toEqual(
      rejection("awaitingApproval"),
    );
    await expect(
      createCost(staff, costSchema.parse({ missionId: id, category: "VENUE", plannedCents: "100" })),
    ).rejects.toEqual(rejection("awaitingApproval"));
    await expect(
      createTraveller(staff, travellerSchema.parse({ kind: "STAFF", name: "Agent bis", missionId: id })),
    ).rejects.toEqual(rejection("awaitingApproval"));
    expect(await testDb.missionCost.count({ where: { missionId: id } })).toBe(0);
  });
});

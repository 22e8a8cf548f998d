import { beforeEach, describe, expect, it } from "vitest";
import { exportBreakdownCsv } from "@/lib/dashboard/exports";
import { getYearMissionCosts } from "@/lib/dashboard/mission-costs";
import { getYearMissionWork } from "@/lib/dashboard/mission-work";
import { parseListParams } from "@/lib/list-params";
import { createCost, setCostArchived } from "@/lib/missions/costs/mutations";
import { costSchema } from "@/lib/missions/costs/schemas";
import { missionListSchema } from "@/lib/missions/list-params";
import { archiveMission, createMission } from "@/lib/missions/mutations";
import { listMissions } from "@/lib/missions/queries";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { createMissionReferences, type MissionReferences } from "../missions/helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

async function missionWith(
  staff: Awaited<ReturnType<typeof createActingUser>>,
  destinationIds: string[],
  startDate: string,
  lines: { payer?: string; planned: string; actual?: string }[],
) {
  const { id } = await createMission(
    staff,
    buildMissionInput(destinationIds, {
      startDate,
      endDate: startDate,
      partners: [{ partnerId: refs.tca.id, role: "LEAD", contributionCents: 0 }],
    }),
  );
  const costs = [];
  for (const line of lines) {
    costs.push(
      await createCost(
        staff,
        costSchema.parse({
          missionId: id,
          category: "OTHER",
          payerPartnerId: line.payer ?? "",
          plannedCents: line.planned,
          actualCents: line.actual ?? "",
        }),
      ),
    );
  }
  return { id, costs };
}

describe("the dashboard's mission costs", () => {
  it("add up the year's cost lines in cents by payer and destination, and open exactly the missions they count", async () => {
    const staff = await createActingUser("STAFF");
    const houston = await missionWith(staff, [refs.houston.id], "2017-03-01", [
      { planned: "1 000,10", actual: "990" },
      { payer: refs.tca.id, planned: "500" },
    ]);
    const twoCities = await missionWith(staff, [refs.houston.id, refs.petersburg.id], "2017-09-01", [
      { planned: "200", actual: "210,25" },
      { planned: "999" },
    ]);
    // Left out: a removed line, an archived mission, another year, a mission without costs.
    await setCostArchived(staff, { id: twoCities.costs[1]!.id, version: 1, archived: true });
    const archived = await missionWith(staff, [refs.houston.id], "2017-05-01", [{ planned: "5 000" }]);
    await archiveMission(staff, { id: archived.id, version: 1 });
    await missionWith(staff, [refs.houston.id], "2018-01-02", [{ planned: "7 000" }]);
    await missionWith(staff, [refs.petersburg.id], "2017-06-01", []);

    const costs = await getYearMissionCosts(2017);
    // The dashboard reads it with the results in one statement: the same figures.
    expect((await getYearMissionWork(2017)).costs).toEqual(costs);
    expect(costs.total).toEqual({ missions: 2, plannedCents: 170_010, actualCents: 120_025 });
    expect(costs.byPayer.map((row) => [row.name, row.missions, row.plannedCents, row.actualCents])).toEqual([
      [null, 2, 120_010, 120_025],
      [refs.tca.name, 1, 50_000, 0],
    ]);
    expect(costs.byDestination.map((row) => [row.city, row.missions, row.plannedCents])).toEqual([
      ["Houston", 2, 170_010],
      ["Saint-Pétersbourg", 1, 20_000],
    ]);

    const listed = async (params: Record<string, string>, user = staff) =>
      (await listMissions(user, parseListParams(missionListSchema, { year: "2017", ...params }))).rows
        .map((row) => row.id)
        .sort();
    expect(await listed({ paidBy: "any" })).toEqual([houston.id, twoCities.id].sort());
    expect(await listed({ paidBy: "metropole" })).toEqual([houston.id, twoCities.id].sort());
    expect(await listed({ paidBy: refs.tca.id })).toEqual([houston.id]);
    expect(await listed({ paidBy: "any", destination: refs.petersburg.id })).toEqual([twoCities.id]);
    // Managers read the costs too, and filter by them.
    const manager = await createActingUser("MANAGER");
    expect(await listed({ paidBy: refs.tca.id }, manager)).toEqual([houston.id]);

    // The CSV downloads hold the same rows, in euros to the cent; by payer with the total last.
    const csv = async (table: "costsByPayer" | "costsByDestination") =>
      (await exportBreakdownCsv(manager, table, 2017, "en", (key) => key)).replace(/^\uFEFF/, "").split("\r\n");
    expect(await csv("costsByPayer")).toEqual([
      "costs.payer,costs.missions,costs.planned (EUR),costs.actual (EUR)",
      "costs.metropole,2,1200.10,1200.25",
      `${refs.tca.name},1,500.00,0.00`,
      "costs.total,2,1700.10,1200.25",
      "",
    ]);
    expect(await csv("costsByDestination")).toEqual([
      "costs.destination,country,costs.missions,costs.planned (EUR),costs.actual (EUR)",
      "Houston,United States,2,1700.10,1200.25",
      "Saint-Pétersbourg,Russia,1,200.00,210.25",
      "",
    ]);
    // In French: ";" between cells and a decimal comma, as a French spreadsheet program reads them.
    expect((await exportBreakdownCsv(manager, "costsByPayer", 2017, "fr", (key) => key)).split("\r\n")[1]).toBe(
      "costs.metropole;2;1200,10;1200,25",
    );
    // Partner users do not read the dashboard.
    await expect(
      exportBreakdownCsv(await createActingUser("PARTNER"), "costsByPayer", 2017, "en", (key) => key),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("are nothing for a year without costs", async () => {
    expect(await getYearMissionCosts(2030)).toEqual({
      total: { missions: 0, plannedCents: 0, actualCents: 0 },
      byPayer: [],
      byDestination: [],
    });
  });
});

import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { missionListSchema } from "@/lib/missions/list-params";
import { archiveMission, changeMissionStatus, createMission } from "@/lib/missions/mutations";
import { listMissionYears, listMissions } from "@/lib/missions/queries";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { createMissionReferences } from "./helpers";

describe("the missions list", () => {
  it("filters by status, year, sector, partner, destination and title, sorts and pages on the server", async () => {
    const refs = await createMissionReferences();
    const staff = await createActingUser("STAFF");
    const houston = await createMission(
      staff,
      buildMissionInput([refs.houston.id], {
        title: "Houston 2016",
        startDate: "2016-01-01",
        endDate: "2016-01-03",
        sectorIds: [refs.smartCities.id],
        partners: [{ partnerId: refs.tca.id, role: "LEAD", contributionCents: 0 }],
      }),
    );
    const petersburg = await createMission(
      staff,
      buildMissionInput([refs.petersburg.id], {
        title: "Saint-Pétersbourg 2015",
        startDate: "2015-12-31",
        endDate: "2016-01-02",
        sectorIds: [refs.culture.id],
        partners: [{ partnerId: refs.bnm.id, role: "LEAD", contributionCents: 0 }],
      }),
    );
    const both = await createMission(
      staff,
      buildMissionInput([refs.houston.id, refs.petersburg.id], {
        title: "Tournée 2017",
        startDate: "2017-06-01",
        endDate: "2017-06-09",
      }),
    );
    const archived = await createMission(
      staff,
      buildMissionInput([refs.houston.id], {
        title: "Houston archivée",
        startDate: "2016-03-01",
        endDate: "2016-03-02",
      }),
    );
    await archiveMission(staff, { id: archived.id, version: 1 });
    await changeMissionStatus(staff, { id: houston.id, version: 1, status: "SUBMITTED" });

    const ids = async (params: Record<string, string>) =>
      (await listMissions(staff, parseListParams(missionListSchema, params))).rows.map((row) => row.id);
    expect(await ids({})).toEqual([both.id, houston.id, petersburg.id]);
    expect(await ids({ sort: "title", direction: "asc" })).toEqual([houston.id, petersburg.id, both.id]);
    expect(await ids({ status: "SUBMITTED" })).toEqual([houston.id]);
    // The year of the first day: a mission from 31 December to 2 January belongs to the year it starts.
    expect(await ids({ year: "2016" })).toEqual([houston.id]);
    expect(await ids({ year: "2015" })).toEqual([petersburg.id]);
    expect(await ids({ sector: refs.culture.id })).toEqual([petersburg.id]);
    expect(await ids({ partner: refs.tca.id })).toEqual([houston.id]);
    expect(await ids({ destination: refs.petersburg.id })).toEqual([both.id, petersburg.id]);
    expect(await ids({ q: "pétersbourg" })).toEqual([petersburg.id]);
    expect(await ids({ archived: "true" })).toEqual([archived.id]);
    expect(await ids({ pageSize: "10", page: "2" })).toEqual([]);

    const { rows, total } = await listMissions(
      staff,
      parseListParams(missionListSchema, { destination: refs.houston.id, sort: "title", direction: "asc" }),
    );
    expect(total).toBe(2);
    expect(rows[0]).toMatchObject({
      title: "Houston 2016",
      status: "SUBMITTED",
      destinations: ["Houston"],
      partners: ["TCA"],
      sectors: ["Villes intelligentes"],
      isArchived: false,
    });
    expect(rows[1]?.destinations).toEqual(["Houston", "Saint-Pétersbourg"]);
    expect(await listMissionYears(staff)).toEqual([2017, 2016, 2015]);
  });
});

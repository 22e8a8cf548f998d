import { beforeEach, describe, expect, it } from "vitest";
import { getYearMissionResults } from "@/lib/dashboard/mission-results";
import { exportBreakdownCsv } from "@/lib/dashboard/exports";
import { getYearMissionWork } from "@/lib/dashboard/mission-work";
import { createCost } from "@/lib/missions/costs/mutations";
import { costSchema } from "@/lib/missions/costs/schemas";
import { answerFollowUp } from "@/lib/missions/follow-ups/mutations";
import { followUpSchema } from "@/lib/missions/follow-ups/schemas";
import { createMission } from "@/lib/missions/mutations";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { createMissionReferences, type MissionReferences } from "../missions/helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

describe("what the year's missions led to", () => {
  it("adds up leads, each respondent's latest projects and jobs, and the cost per landed project", async () => {
    const staff = await createActingUser("STAFF");
    const tcaUser = await createActingUser("PARTNER");
    await testDb.user.update({ where: { id: tcaUser.id }, data: { partnerId: refs.tca.id } });
    const tca = { ...tcaUser, partnerId: refs.tca.id };
    const mission = async (destinationIds: string[], startDate: string, leadsCount: number, status = "COMPLETED") => {
      const { id } = await createMission(
        staff,
        buildMissionInput(destinationIds, {
          startDate,
          endDate: startDate,
          leadsCount,
          partners: [{ partnerId: refs.tca.id, role: "LEAD", contributionCents: 0 }],
        }),
      );
      await testDb.mission.update({ where: { id }, data: { status: status as never } });
      return id;
    };
    const answer = (missionId: string, checkpoint: string, respondent: string, projects: number, jobs: number) =>
      followUpSchema.parse({
        missionId,
        checkpoint,
        respondent,
        verdict: "WORTH_IT",
        projectsLanded: String(projects),
        jobsAnnounced: String(jobs),
        agreementsSigned: "0",
      });
    const houston = await mission([refs.houston.id], "2017-03-01", 5);
    const twoCities = await mission([refs.houston.id, refs.petersburg.id], "2017-09-01", 2);
    // Left out: a mission not completed, one of another year.
    const confirmed = await mission([refs.houston.id], "2017-06-01", 9, "CONFIRMED");
    await mission([refs.houston.id], "2018-02-01", 7);

    // The department's 12-month answer holds its 6-month one; TCA reports its own project.
    await answerFollowUp(staff, answer(houston, "SIX_MONTHS", "metropole", 1, 10));
    await answerFollowUp(staff, answer(houston, "TWELVE_MONTHS", "metropole", 2, 50));
    await answerFollowUp(tca, answer(houston, "THREE_MONTHS", refs.tca.id, 1, 5));
    await answerFollowUp(staff, answer(twoCities, "SIX_MONTHS", "metropole", 0, 0));
    const line = (missionId: string, planned: string, actual = "") =>
      createCost(staff, costSchema.parse({ missionId, category: "OTHER", plannedCents: planned, actualCents: actual }));
    await line(houston, "10 000", "9 000,30");
    await line(twoCities, "3 000");
    await line(confirmed, "50 000");

    const results = await getYearMissionResults(2017);
    // The dashboard reads it with the costs in one statement: the same figures.
    expect((await getYearMissionWork(2017)).results).toEqual(results);
    expect(results.total).toEqual({
      missions: 2,
      leads: 7,
      projectsLanded: 3,
      jobsAnnounced: 55,
      costCents: 1_200_030,
      costPerProjectCents: 400_010,
    });
    expect(results.byDestination.map((row) => [row.city, row.missions, row.projectsLanded, row.leads])).toEqual([
      ["Houston", 2, 3, 7],
      ["Saint-Pétersbourg", 1, 0, 2],
    ]);
    expect(results.byDestination[1]!.costPerProjectCents).toBeNull();

    // The CSV download: every destination, then the year's figures (each mission once).
    const csv = await exportBreakdownCsv(staff, "results", 2017, "en", (key) => key);
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
      "results.destination,country,results.missions,results.figures.leads,results.figures.projectsLanded,results.figures.jobsAnnounced,results.cost (EUR),results.figures.costPerProjectCents (EUR)",
      "Houston,United States,2,7,3,55,12000.30,4000.10",
      "Saint-Pétersbourg,Russia,1,2,0,0,3000.00,",
      "results.allDestinations,,2,7,3,55,12000.30,4000.10",
      "",
    ]);
  });

  it("has nothing for a year without completed missions", async () => {
    expect((await getYearMissionResults(2031)).total).toEqual({
      missions: 0,
      leads: 0,
      projectsLanded: 0,
      jobsAnnounced: 0,
      costCents: 0,
      costPerProjectCents: null,
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { answerFollowUp } from "@/lib/missions/follow-ups/mutations";
import { getMissionFollowUps, listPendingFollowUps } from "@/lib/missions/follow-ups/queries";
import { followUpSchema } from "@/lib/missions/follow-ups/schemas";
import { createMission } from "@/lib/missions/mutations";
import { addMonths, parisDay } from "@/lib/time";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createMissionReferences, rejection, type MissionReferences } from "./helpers";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

/** A mission with TCA and OTCN, back `monthsAgo` months ago, completed unless said otherwise. */
async function missionBack(monthsAgo: number, status: "COMPLETED" | "CONFIRMED" = "COMPLETED") {
  const staff = await createActingUser("STAFF");
  const endDate = addMonths(parisDay(), -monthsAgo);
  const { id } = await createMission(
    staff,
    buildMissionInput([refs.houston.id], {
      startDate: addMonths(endDate, 0),
      endDate,
      partners: [
        { partnerId: refs.tca.id, role: "LEAD", contributionCents: 0 },
        { partnerId: refs.otcn.id, role: "PARTICIPANT", contributionCents: 0 },
      ],
    }),
  );
  await testDb.mission.update({ where: { id }, data: { status } });
  return { staff, id };
}

/** A partner's user, of the organisation given. */
async function partnerUserOf(partnerId: string) {
  const user = await createActingUser("PARTNER");
  await testDb.user.update({ where: { id: user.id }, data: { partnerId } });
  return { ...user, partnerId };
}

const answer = (missionId: string, respondent: string, fields: Record<string, string> = {}) =>
  followUpSchema.parse({
    missionId,
    checkpoint: "THREE_MONTHS",
    respondent,
    verdict: "WORTH_IT",
    projectsLanded: "2",
    jobsAnnounced: "120",
    agreementsSigned: "1",
    notes: "Deux implantations à Sophia Antipolis",
    ...fields,
  });

describe("a completed mission's follow-ups", () => {
  it("ask the department and each partner at 3, 6 and 12 months, and say which are due", async () => {
    const { staff, id } = await missionBack(7);
    const slots = (await getMissionFollowUps(staff, id))!;
    expect(slots.map((slot) => [slot.checkpoint, slot.partnerName, slot.state])).toEqual([
      ["THREE_MONTHS", null, "overdue"],
      ["THREE_MONTHS", refs.otcn.name, "overdue"],
      ["THREE_MONTHS", refs.tca.name, "overdue"],
      ["SIX_MONTHS", null, "overdue"],
      ["SIX_MONTHS", refs.otcn.name, "overdue"],
      ["SIX_MONTHS", refs.tca.name, "overdue"],
      ["TWELVE_MONTHS", null, "upcoming"],
      ["TWELVE_MONTHS", refs.otcn.name, "upcoming"],
      ["TWELVE_MONTHS", refs.tca.name, "upcoming"],
    ]);
    // A mission not completed asks nothing yet.
    const planned = await missionBack(7, "CONFIRMED");
    expect(await getMissionFollowUps(staff, planned.id)).toEqual([]);
  });

  it("are answered by staff for the department and by a partner for itself, each change audited", async () => {
    // Back three months ago today: the first checkpoint is asked today.
    const { staff, id } = await missionBack(3);
    const tcaUser = await partnerUserOf(refs.tca.id);
    await answerFollowUp(staff, answer(id, "metropole"));
    const { id: tcaAnswer } = await answerFollowUp(tcaUser, answer(id, refs.tca.id, { jobsAnnounced: "0" }));
    await answerFollowUp(tcaUser, {
      ...answer(id, refs.tca.id, { verdict: "TOO_EARLY", jobsAnnounced: "15" }),
      id: tcaAnswer,
      version: 1,
    });
    const slots = (await getMissionFollowUps(staff, id))!.filter((slot) => slot.checkpoint === "THREE_MONTHS");
    expect(
      slots.map((slot) => [slot.partnerName, slot.state, slot.answer?.jobsAnnounced, slot.answer?.answeredByName]),
    ).toEqual([
      [null, "answered", 120, staff.name],
      [refs.otcn.name, "due", undefined, undefined],
      [refs.tca.name, "answered", 15, tcaUser.name],
    ]);
    expect((await auditEntries(tcaAnswer)).map((entry) => entry.action)).toEqual([
      "missionFollowUp.create",
      "missionFollowUp.update",
    ]);
    // The partner reads its own answers only.
    expect((await getMissionFollowUps(tcaUser, id))!.map((slot) => slot.partnerName)).toEqual([
      refs.tca.name,
      refs.tca.name,
      refs.tca.name,
    ]);
  });

  it("refuse another organisation's answer, a mission not taking part, one not due, a second first answer and a stale change", async () => {
    const { staff, id } = await missionBack(4);
    const tcaUser = await partnerUserOf(refs.tca.id);
    const bnmUser = await partnerUserOf(refs.bnm.id);
    await expect(answerFollowUp(tcaUser, answer(id, refs.otcn.id))).rejects.toEqual(rejection("notFound"));
    await expect(answerFollowUp(tcaUser, answer(id, "metropole"))).rejects.toEqual(rejection("notFound"));
    await expect(answerFollowUp(bnmUser, answer(id, refs.bnm.id))).rejects.toEqual(rejection("notFound"));
    await expect(answerFollowUp(staff, answer(id, "metropole", { checkpoint: "SIX_MONTHS" }))).rejects.toEqual(
      rejection("followUpNotDue"),
    );
    await expect(answerFollowUp(await createActingUser("MANAGER"), answer(id, "metropole"))).rejects.toEqual(
      rejection("forbidden"),
    );
    const planned = await missionBack(4, "CONFIRMED");
    await expect(answerFollowUp(staff, answer(planned.id, "metropole"))).rejects.toEqual(rejection("followUpNotOpen"));
    const first = await answerFollowUp(staff, answer(id, "metropole"));
    await expect(answerFollowUp(staff, answer(id, "metropole", { jobsAnnounced: "1" }))).rejects.toEqual(
      rejection("conflict"),
    );
    await answerFollowUp(staff, { ...answer(id, "metropole", { jobsAnnounced: "2" }), id: first.id, version: 1 });
    await expect(
      answerFollowUp(staff, { ...answer(id, "metropole", { jobsAnnounced: "3" }), id: first.id, version: 1 }),
    ).rejects.toEqual(rejection("conflict"));
    expect(await testDb.missionFollowUp.count()).toBe(1);
    const issues = followUpSchema
      .safeParse({
        missionId: id,
        checkpoint: "THREE_MONTHS",
        respondent: "metropole",
        projectsLanded: "-1",
        verdict: "MAYBE",
      })
      .error?.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
    expect(issues).toEqual([
      "verdict:invalidChoice",
      "projectsLanded:countOutOfRange",
      "jobsAnnounced:required",
      "agreementsSigned:required",
    ]);
  });

  it("wait in a list, the department's and every partner's for staff, its own for a partner", async () => {
    const { staff, id } = await missionBack(3);
    await missionBack(1);
    const tcaUser = await partnerUserOf(refs.tca.id);
    await answerFollowUp(tcaUser, answer(id, refs.tca.id));
    const pending = await listPendingFollowUps(staff);
    expect(pending.map((slot) => [slot.missionId, slot.checkpoint, slot.partnerName, slot.state])).toEqual([
      [id, "THREE_MONTHS", null, "due"],
      [id, "THREE_MONTHS", refs.otcn.name, "due"],
    ]);
    expect(await listPendingFollowUps(tcaUser)).toEqual([]);
    expect((await listPendingFollowUps(await partnerUserOf(refs.otcn.id))).map((slot) => slot.partnerName)).toEqual([
      refs.otcn.name,
    ]);
  });
});

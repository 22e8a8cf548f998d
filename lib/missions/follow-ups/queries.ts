import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FollowUpVerdict } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policy";
import { addMonths, dateOfDay, dayOf, parisDay } from "@/lib/time";
import {
  checkpoints,
  dueDayOf,
  followUpState,
  metropoleRespondent,
  type Checkpoint,
  type FollowUpState,
} from "./checkpoints";

// A completed mission's follow-ups (decision 020): for each checkpoint, the department's answer
// and each partner's. Office users read them all; a partner user reads its own organisation's,
// on the missions it takes part in.

export type FollowUpAnswer = {
  id: string;
  version: number;
  verdict: FollowUpVerdict;
  projectsLanded: number;
  jobsAnnounced: number;
  agreementsSigned: number;
  notes: string;
  answeredByName: string;
  updatedAt: Date;
};

export type FollowUpSlot = {
  missionId: string;
  missionTitle: string;
  checkpoint: Checkpoint;
  dueDay: string;
  /** "metropole" or the partner's id. */
  respondent: string;
  /** The partner's name; null for the department. */
  partnerName: string | null;
  answer: FollowUpAnswer | null;
  state: FollowUpState;
};

const answerSelect = {
  id: true,
  version: true,
  checkpoint: true,
  partnerId: true,
  verdict: true,
  projectsLanded: true,
  jobsAnnounced: true,
  agreementsSigned: true,
  notes: true,
  answeredByName: true,
  updatedAt: true,
} satisfies Prisma.MissionFollowUpSelect;

const missionSelect = {
  id: true,
  title: true,
  endDate: true,
  partners: { select: { partnerId: true, partner: { select: { name: true } } }, orderBy: { partner: { name: "asc" } } },
  followUps: { select: answerSelect },
} satisfies Prisma.MissionSelect;

type MissionWithFollowUps = Prisma.MissionGetPayload<{ select: typeof missionSelect }>;

/** Every slot of a mission: each checkpoint for the department, then for each partner (`onlyPartner`: that one's only). */
function slotsOf(mission: MissionWithFollowUps, today: string, onlyPartner: string | null): FollowUpSlot[] {
  const endDate = dayOf(mission.endDate);
  const respondents = [
    ...(onlyPartner ? [] : [{ id: null as string | null, name: null as string | null }]),
    ...mission.partners
      .filter((link) => !onlyPartner || link.partnerId === onlyPartner)
      .map((link) => ({ id: link.partnerId as string | null, name: link.partner.name as string | null })),
  ];
  return checkpoints.flatMap((checkpoint) =>
    respondents.map((respondent) => {
      const dueDay = dueDayOf(endDate, checkpoint);
      const stored = mission.followUps.find(
        (answer) => answer.checkpoint === checkpoint && answer.partnerId === respondent.id,
      );
      const answer: FollowUpAnswer | null = stored ?? null;
      return {
        missionId: mission.id,
        missionTitle: mission.title,
        checkpoint,
        dueDay,
        respondent: respondent.id ?? metropoleRespondent,
        partnerName: respondent.name,
        answer,
        state: followUpState(dueDay, answer !== null, today),
      };
    }),
  );
}

/** The partner whose answers a user reads, or "all" for office users; null when none. */
function readerScope(actor: ActingUser): string | "all" | null {
  if (can(actor, "records.read")) return "all";
  return can(actor, "records.readOwn") && actor.partnerId ? actor.partnerId : null;
}

/**
 * A mission's follow-ups, or null when the reader may not see them. Empty until the mission is
 * completed: a trip's results are asked once it has happened.
 */
export async function getMissionFollowUps(actor: ActingUser, missionId: string): Promise<FollowUpSlot[] | null> {
  const scope = readerScope(actor);
  if (!scope) return null;
  const mission = await db.mission.findFirst({
    where: {
      id: missionId,
      archivedAt: null,
      ...(scope === "all" ? {} : { partners: { some: { partnerId: scope } } }),
    },
    select: { ...missionSelect, status: true },
  });
  if (!mission) return null;
  if (mission.status !== "COMPLETED") return [];
  return slotsOf(mission, parisDay(), scope === "all" ? null : scope);
}

/**
 * The follow-ups asked and not answered (due or overdue), oldest first: all of them for office
 * users, their organisation's for a partner user. Read from the completed missions whose first
 * checkpoint has come.
 */
export async function listPendingFollowUps(actor: ActingUser): Promise<FollowUpSlot[]> {
  const scope = readerScope(actor);
  if (!scope) return [];
  const today = parisDay();
  const missions = await db.mission.findMany({
    where: {
      status: "COMPLETED",
      archivedAt: null,
      // The first checkpoint is three months after the last day: a mission back less than two
      // months ago has none asked yet (two, not three: a month's end moves a due day by a few days).
      endDate: { lte: dateOfDay(addMonths(today, -2)) },
      ...(scope === "all" ? {} : { partners: { some: { partnerId: scope } } }),
    },
    select: missionSelect,
    orderBy: [{ endDate: "asc" }, { id: "asc" }],
  });
  return missions
    .flatMap((mission) => slotsOf(mission, today, scope === "all" ? null : scope))
    .filter((slot) => slot.state === "due" || slot.state === "overdue")
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay));
}

/** One slot a user may answer, for the answer form; null when it is not there or not theirs. */
export async function getFollowUpSlot(
  actor: ActingUser,
  missionId: string,
  checkpoint: string,
  respondent: string,
): Promise<FollowUpSlot | null> {
  const slots = await getMissionFollowUps(actor, missionId);
  return slots?.find((slot) => slot.checkpoint === checkpoint && slot.respondent === respondent) ?? null;
}

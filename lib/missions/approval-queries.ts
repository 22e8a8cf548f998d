import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { MissionStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policy";

// The approval side of missions (decision 015): the steps a mission went through, and how many
// missions wait for a manager. Office users only: the reasons given are the department's own.

export type TakenStep = {
  id: string;
  fromStatus: MissionStatus;
  toStatus: MissionStatus;
  comment: string;
  actorName: string;
  createdAt: Date;
};

/** The mission's steps, latest first; none for a partner user. */
export async function listMissionSteps(actor: ActingUser, missionId: string): Promise<TakenStep[]> {
  if (!can(actor, "records.read")) return [];
  return db.missionStatusChange.findMany({
    where: { missionId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, fromStatus: true, toStatus: true, comment: true, actorName: true, createdAt: true },
  });
}

/** How many missions (not archived) wait for a manager's decision, for those who approve. */
export async function countAwaitingApproval(actor: ActingUser): Promise<number> {
  if (!can(actor, "missions.approve")) return 0;
  return db.mission.count({ where: { status: "SUBMITTED", archivedAt: null } });
}

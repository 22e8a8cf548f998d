import "server-only";
import { ConflictError, DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { can } from "@/lib/policy";
import { dayOf, parisDay } from "@/lib/time";
import { lockMissionForPart } from "../parent-lock";
import { dueDayOf, metropoleRespondent } from "./checkpoints";
import { followUpFields } from "./fields";
import type { FollowUpInput } from "./schemas";

// A completed mission's follow-up answers (followUps.answer, decision 020), written the way every
// declared record is (lib/records/declared-writes.ts) under the mission's lock, which keeps one
// answer per mission, checkpoint and respondent. Staff answer for the department and may record a
// partner's answer for it; a partner user answers for its own organisation only.

function authorize(actor: ActingUser): void {
  if (!can(actor, "followUps.answer")) throw new DomainError("forbidden");
}

const writes = declaredWrites({
  table: "MissionFollowUp",
  area: "missionFollowUp",
  fields: followUpFields,
  model: (tx) => modelOf(tx.missionFollowUp),
  extra: {},
  authorize,
});

/** The partner a respondent names (null: the department), refused when the actor may not answer for it. */
function respondentOf(actor: ActingUser, respondent: string): string | null {
  if (can(actor, "records.edit")) return respondent === metropoleRespondent ? null : respondent;
  // A partner user: its own organisation's answer, and nothing else exists for it.
  if (!actor.partnerId || respondent !== actor.partnerId) throw new DomainError("notFound");
  return actor.partnerId;
}

/** Gives or changes an answer; a first answer given meanwhile by someone else is a conflict. */
export async function answerFollowUp(actor: ActingUser, input: FollowUpInput): Promise<{ id: string }> {
  authorize(actor);
  const partnerId = respondentOf(actor, input.respondent);
  return db.$transaction(async (tx) => {
    const { partnerIds } = await lockMissionForPart(tx, input.missionId);
    const mission = await tx.mission.findUniqueOrThrow({
      where: { id: input.missionId },
      select: { status: true, endDate: true },
    });
    if (partnerId && !partnerIds.includes(partnerId)) throw new DomainError("notFound");
    if (mission.status !== "COMPLETED") throw new DomainError("followUpNotOpen");
    if (parisDay() < dueDayOf(dayOf(mission.endDate), input.checkpoint)) {
      throw new DomainError("followUpNotDue");
    }
    const existing = await tx.missionFollowUp.findFirst({
      where: { missionId: input.missionId, checkpoint: input.checkpoint, partnerId },
      select: { id: true },
    });
    let id: string;
    if (input.id && input.version) {
      if (existing?.id !== input.id) throw new DomainError("notFound");
      await writes.update(tx, actor, { ...input, id: input.id, version: input.version });
      id = input.id;
    } else {
      if (existing) throw new ConflictError([]);
      ({ id } = await writes.create(tx, actor, input, {
        missionId: input.missionId,
        checkpoint: input.checkpoint,
        ...(partnerId ? { partnerId } : {}),
      }));
    }
    await tx.missionFollowUp.update({ where: { id }, data: { answeredByName: actor.name }, select: { id: true } });
    return { id };
  });
}

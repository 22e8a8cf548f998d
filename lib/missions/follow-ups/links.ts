// Where a user answers a follow-up (decision 020): staff on the mission's pages, a partner user in
// its workspace. No server imports.
import type { ActingUser } from "@/lib/auth/session-user";
import { can } from "@/lib/policy";
import type { FollowUpState } from "./checkpoints";

type Slot = { missionId: string; checkpoint: string; respondent: string; state: FollowUpState };

/** The answer form of a slot for this user, or null: not asked yet, or not theirs to answer. */
export function answerHrefFor(user: ActingUser): (slot: Slot) => string | null {
  return (slot) => {
    if (slot.state === "upcoming" || !can(user, "followUps.answer")) return null;
    if (can(user, "records.edit"))
      return `/missions/${slot.missionId}/follow-ups/${slot.checkpoint}/${slot.respondent}`;
    return slot.respondent === user.partnerId ? `/workspace/follow-ups/${slot.missionId}/${slot.checkpoint}` : null;
  };
}

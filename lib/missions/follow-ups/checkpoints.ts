// A completed mission's follow-up checkpoints (decision 020): when each is due and where it
// stands. Pure: no database, no server imports; pages, lists and tests read it.
import { FollowUpCheckpoint } from "@/lib/generated/prisma/enums";
import { addMonths } from "@/lib/time";

export const checkpoints = Object.values(FollowUpCheckpoint);
export type Checkpoint = FollowUpCheckpoint;

const monthsAfter: Record<Checkpoint, number> = { THREE_MONTHS: 3, SIX_MONTHS: 6, TWELVE_MONTHS: 12 };

/** The day a checkpoint is due: that many months after the mission's last day. */
export const dueDayOf = (endDate: string, checkpoint: Checkpoint) => addMonths(endDate, monthsAfter[checkpoint]);

/**
 * Where an answer stands on `today`: given, not asked yet, asked (from its due day), or overdue
 * (a month after its due day, unanswered).
 */
export type FollowUpState = "answered" | "upcoming" | "due" | "overdue";

export function followUpState(dueDay: string, answered: boolean, today: string): FollowUpState {
  if (answered) return "answered";
  if (today < dueDay) return "upcoming";
  return today < addMonths(dueDay, 1) ? "due" : "overdue";
}

/** Who answers: the department ("metropole") or one of the mission's partners (its id). */
export const metropoleRespondent = "metropole";

// Which status changes a delegation allows. Pure: the data layer enforces it, the detail page only
// offers what it allows.
import type { DelegationStatus } from "@/lib/generated/prisma/enums";

const transitions: Record<DelegationStatus, readonly DelegationStatus[]> = {
  EXPECTED: ["WELCOMED", "CANCELLED"],
  // Undo: a delegation marked welcomed or cancelled by mistake goes back to expected.
  WELCOMED: ["EXPECTED"],
  CANCELLED: ["EXPECTED"],
};

/** The statuses `from` can change to, in the order the page offers them. */
export function nextDelegationStatuses(from: DelegationStatus): readonly DelegationStatus[] {
  return transitions[from];
}

/**
 * True when the change is allowed at `now`. A delegation is welcomed only once it has arrived:
 * the yearly figures count welcomed delegations, and one that has not arrived yet was not.
 */
export function canChangeDelegationStatus(
  from: DelegationStatus,
  to: DelegationStatus,
  arrivalAt: Date,
  now: Date,
): boolean {
  if (!transitions[from].includes(to)) return false;
  return to !== "WELCOMED" || arrivalAt.getTime() <= now.getTime();
}

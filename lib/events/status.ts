// Which status changes an international event allows. Pure: the data layer enforces it, the
// detail page only offers what it allows.
import type { EventStatus } from "@/lib/generated/prisma/enums";

const transitions: Record<EventStatus, readonly EventStatus[]> = {
  PLANNED: ["HELD", "CANCELLED"],
  // Undo: an event marked held or cancelled by mistake goes back to planned.
  HELD: ["PLANNED"],
  CANCELLED: ["PLANNED"],
};

/** The statuses `from` can change to, in the order the page offers them. */
export function nextEventStatuses(from: EventStatus): readonly EventStatus[] {
  return transitions[from];
}

/** True when the change is allowed at `now`: an event is held only once it has started (the yearly figures count held events). */
export function canChangeEventStatus(from: EventStatus, to: EventStatus, startsAt: Date, now: Date): boolean {
  if (!transitions[from].includes(to)) return false;
  return to !== "HELD" || startsAt.getTime() <= now.getTime();
}

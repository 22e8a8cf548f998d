// The life cycle of a mission, as a pure module shared by the data layer, the status control and
// the tests. No server imports.
import { DomainError } from "@/lib/action-result";
import type { MissionStatus } from "@/lib/generated/prisma/enums";

export const missionStatuses = [
  "DRAFT",
  "PLANNED",
  "CONFIRMED",
  "COMPLETED",
  "CANCELLED",
] as const satisfies readonly MissionStatus[];

/** Where each status may go next. A completed mission is final; a cancelled one may be reopened as a draft. */
const transitions: Record<MissionStatus, readonly MissionStatus[]> = {
  DRAFT: ["PLANNED", "CANCELLED"],
  PLANNED: ["CONFIRMED", "DRAFT", "CANCELLED"],
  CONFIRMED: ["COMPLETED", "PLANNED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: ["DRAFT"],
};

export type StatusChange = {
  from: MissionStatus;
  to: MissionStatus;
  /** The mission's first day and today, both Paris calendar days (YYYY-MM-DD). */
  startDay: string;
  today: string;
};

/** Why a status change is refused, or null when it is allowed. */
export function statusChangeProblem({
  from,
  to,
  startDay,
  today,
}: StatusChange): "invalidStatusChange" | "completedBeforeStart" | null {
  if (!transitions[from].includes(to)) return "invalidStatusChange";
  // The dashboard counts completed missions by the year they started: one cannot end before it begins.
  if (to === "COMPLETED" && startDay > today) return "completedBeforeStart";
  return null;
}

export function assertStatusChange(change: StatusChange): void {
  const problem = statusChangeProblem(change);
  if (problem) throw new DomainError(problem);
}

/** The statuses the status control offers: allowed transitions that would be accepted today. */
export function availableStatuses(from: MissionStatus, startDay: string, today: string): MissionStatus[] {
  return transitions[from].filter((to) => statusChangeProblem({ from, to, startDay, today }) === null);
}

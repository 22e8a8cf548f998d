// The life cycle of a mission and who may move it (decision 015), as a pure module shared by the
// data layer, the status control, the spreadsheet import and the tests. No server imports.
import { DomainError } from "@/lib/action-result";
import type { MissionStatus } from "@/lib/generated/prisma/enums";
import type { Capability } from "@/lib/policy";

export const missionStatuses = [
  "DRAFT",
  "SUBMITTED",
  "APPROVED",
  "CONFIRMED",
  "COMPLETED",
  "CANCELLED",
] as const satisfies readonly MissionStatus[];

/** A step from one status to another: its name (the control's words), who may take it, whether it says why. */
export type MissionStep = {
  name: StepName;
  to: MissionStatus;
  /** The capability the actor needs: staff move their missions, a manager approves, returns and reopens. */
  by: Capability;
  /** The step must say why (kept on the mission's history; a cancellation's reason shows on its page). */
  needsComment: boolean;
};

export type StepName =
  | "submit"
  | "approve"
  | "return"
  | "backToDraft"
  | "confirm"
  | "backToApproved"
  | "complete"
  | "reopen"
  | "cancel"
  | "restart";

const step = (name: StepName, to: MissionStatus, by: Capability, needsComment = false): MissionStep => ({
  name,
  to,
  by,
  needsComment,
});

const cancel = step("cancel", "CANCELLED", "records.edit", true);

/**
 * Where each status may go next. Staff submit a draft; a manager approves it or returns it with a
 * comment; staff confirm an approved mission and complete it once started; a mistaken completion
 * is reopened by a manager with a reason; any open mission may be cancelled with a reason.
 */
const steps: Record<MissionStatus, readonly MissionStep[]> = {
  DRAFT: [step("submit", "SUBMITTED", "records.edit"), cancel],
  SUBMITTED: [
    step("approve", "APPROVED", "missions.approve"),
    step("return", "DRAFT", "missions.approve", true),
    cancel,
  ],
  APPROVED: [step("confirm", "CONFIRMED", "records.edit"), step("backToDraft", "DRAFT", "records.edit"), cancel],
  CONFIRMED: [
    step("complete", "COMPLETED", "records.edit"),
    step("backToApproved", "APPROVED", "records.edit"),
    cancel,
  ],
  COMPLETED: [step("reopen", "CONFIRMED", "missions.approve", true)],
  CANCELLED: [step("restart", "DRAFT", "records.edit")],
};

export type StatusChange = {
  from: MissionStatus;
  to: MissionStatus;
  /** The mission's first day and today, both Paris calendar days (YYYY-MM-DD). */
  startDay: string;
  today: string;
  /** Whether the actor holds a capability. */
  holds: (capability: Capability) => boolean;
};

export type StatusChangeProblem = "invalidStatusChange" | "completedBeforeStart" | "forbidden";

/** The step from one status to another, if there is one. */
export function stepBetween(from: MissionStatus, to: MissionStatus): MissionStep | undefined {
  return steps[from].find((candidate) => candidate.to === to);
}

/** Why a status change is refused, or null when it is allowed. */
export function statusChangeProblem({ from, to, startDay, today, holds }: StatusChange): StatusChangeProblem | null {
  const found = stepBetween(from, to);
  if (!found) return "invalidStatusChange";
  if (!holds(found.by)) return "forbidden";
  // The dashboard counts completed missions by the year they started: one cannot end before it begins.
  if (to === "COMPLETED" && startDay > today) return "completedBeforeStart";
  return null;
}

export function assertStatusChange(change: StatusChange): MissionStep {
  const problem = statusChangeProblem(change);
  if (problem) throw new DomainError(problem);
  return stepBetween(change.from, change.to) as MissionStep;
}

/** The steps the status control offers: those the actor may take that would be accepted today. */
export function availableSteps(
  from: MissionStatus,
  startDay: string,
  today: string,
  holds: (capability: Capability) => boolean,
): MissionStep[] {
  return steps[from].filter((next) => statusChangeProblem({ from, to: next.to, startDay, today, holds }) === null);
}

/** A mission waiting for a manager's decision cannot be changed until it is approved or returned. */
export const isAwaitingApproval = (status: MissionStatus) => status === "SUBMITTED";

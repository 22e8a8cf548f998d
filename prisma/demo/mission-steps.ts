// The demo missions' approval and life-cycle steps (decision 015): each mission got to its status
// the way the app makes it, drafted and submitted by staff, approved by a manager weeks before
// leaving, confirmed, completed once back. One 2019 draft was returned with a comment and waits to
// be submitted again; the Haifa 2019 mission waits for the manager. Same on every call.
import type { MissionStatus } from "@/lib/generated/prisma/enums";
import { demoId } from "./reference";
import type { DemoMission } from "./record-builders";

const staff = "Sophie Staff";
const manager = "Marc Manager";

type Step = { from: MissionStatus; to: MissionStatus; by: string; daysFromStart: number; comment?: string };

const submit: Step = { from: "DRAFT", to: "SUBMITTED", by: staff, daysFromStart: -42 };
const approve: Step = { from: "SUBMITTED", to: "APPROVED", by: manager, daysFromStart: -38 };
const confirm: Step = { from: "APPROVED", to: "CONFIRMED", by: staff, daysFromStart: -14 };

/** The path from a draft to each status; a completion is dated the day the mission ends. */
function pathTo(status: MissionStatus, cancellationReason: string | null, length: number): Step[] {
  switch (status) {
    case "DRAFT":
      return [];
    case "SUBMITTED":
      return [submit];
    case "APPROVED":
      return [submit, approve];
    case "CONFIRMED":
      return [submit, approve, confirm];
    case "COMPLETED":
      return [submit, approve, confirm, { from: "CONFIRMED", to: "COMPLETED", by: staff, daysFromStart: length }];
    case "CANCELLED":
      return [
        submit,
        { from: "SUBMITTED", to: "CANCELLED", by: staff, daysFromStart: -30, comment: cancellationReason ?? "" },
      ];
  }
}

/** The 2019 Sousse draft a manager sent back. */
const returned: Record<string, Step[]> = {
  [demoId("mission", "2019-sousse")]: [
    submit,
    {
      from: "SUBMITTED",
      to: "DRAFT",
      by: manager,
      daysFromStart: -39,
      comment:
        "Merci de préciser le programme sur place et la part de l'OTCN avant de soumettre de nouveau. Le budget n'est pas renseigné.",
    },
  ],
};

const dayMs = 24 * 60 * 60 * 1000;

export function demoMissionSteps(missions: DemoMission[]) {
  return missions.flatMap(({ mission }) => {
    const start = new Date(mission.startDate as Date);
    const length = Math.round((new Date(mission.endDate as Date).getTime() - start.getTime()) / dayMs);
    const steps =
      returned[mission.id as string] ??
      pathTo(mission.status as MissionStatus, (mission.cancellationReason as string | null) ?? null, length);
    return steps.map((step, index) => ({
      id: demoId("missionStep", `${String(mission.id)}:${index}`),
      missionId: mission.id as string,
      fromStatus: step.from,
      toStatus: step.to,
      comment: step.comment ?? "",
      actorName: step.by,
      // Mid-morning in Paris, a few minutes apart when two steps fall on one day.
      createdAt: new Date(start.getTime() + step.daysFromStart * dayMs + (9 * 60 + index * 7) * 60 * 1000),
    }));
  });
}

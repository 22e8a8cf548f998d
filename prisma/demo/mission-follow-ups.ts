// The demo's follow-ups of completed missions (decision 020): the department and the partners
// answered the checkpoints of the missions up to 2017; the partners of every other 2018 and 2019
// mission, and the 12-month checkpoint of the 2019 missions, are still waiting, so the lists of
// follow-ups to answer have something in them. Demo values. Same on every call.
import type { FollowUpCheckpoint, FollowUpVerdict } from "@/lib/generated/prisma/enums";
import { demoId } from "./reference";
import type { DemoMission } from "./record-builders";

const partnerNames: Record<string, string> = { TCA: "Paul Partner", OTCN: "Olivia Otcn" };

const notes = [
  "Deux entreprises rencontrées à la mission ont ouvert un bureau à Sophia Antipolis.",
  "Une lettre d'intention signée avec la ville ; le projet commun est en cours d'instruction.",
  "Les contacts pris se poursuivent, aucun projet décidé pour l'instant.",
  "Un investisseur a confirmé son implantation à Nice Méridia.",
];

/** Who answers: the department (null) or a partner's short name. */
type Answer = { checkpoint: FollowUpCheckpoint; partner: string | null };

const dayMs = 24 * 60 * 60 * 1000;
const monthsAfter: Record<FollowUpCheckpoint, number> = { THREE_MONTHS: 3, SIX_MONTHS: 6, TWELVE_MONTHS: 12 };

export function demoMissionFollowUps(missions: DemoMission[], partnerId: (shortName: string) => string) {
  return missions.flatMap(({ mission, partners }, index) => {
    if (mission.status !== "COMPLETED") return [];
    const year = new Date(mission.startDate as Date).getUTCFullYear();
    const asked: FollowUpCheckpoint[] = [
      "THREE_MONTHS",
      "SIX_MONTHS",
      ...(year < 2019 ? ["TWELVE_MONTHS" as const] : []),
    ];
    // The department answered; the partners of every other 2018 and 2019 mission have not yet.
    const waiting = year >= 2018 && index % 2 === 0;
    const respondents = [null, ...(waiting ? [] : partners.map((partner) => partner.shortName))];
    const answers: Answer[] = asked.flatMap((checkpoint) => respondents.map((partner) => ({ checkpoint, partner })));
    const end = new Date(mission.endDate as Date).getTime();
    return answers.map(({ checkpoint, partner }) => {
      const months = monthsAfter[checkpoint];
      // Each respondent knows of its own results, and they come with time: none at 3 months.
      const respondent = partner ? partners.findIndex((taking) => taking.shortName === partner) + 1 : 0;
      const projects = checkpoint === "THREE_MONTHS" ? 0 : (index + months + respondent * 2) % 3;
      const verdict: FollowUpVerdict =
        checkpoint === "THREE_MONTHS"
          ? "TOO_EARLY"
          : projects > 0
            ? "WORTH_IT"
            : index % 4 === 0
              ? "NOT_WORTH_IT"
              : "TOO_EARLY";
      const answeredOn = new Date(end + (months * 30 + 10) * dayMs);
      return {
        id: demoId("followUp", `${mission.id}:${checkpoint}:${partner ?? "metropole"}`),
        missionId: mission.id,
        checkpoint,
        partnerId: partner ? partnerId(partner) : null,
        projectsLanded: projects,
        jobsAnnounced: projects * (15 + ((index * 7) % 40)),
        agreementsSigned: checkpoint === "TWELVE_MONTHS" && index % 2 === 0 ? 1 : 0,
        verdict,
        notes: projects > 0 ? notes[(index + months + respondent) % notes.length]! : "",
        answeredByName: partner ? (partnerNames[partner] ?? `Représentant ${partner}`) : "Sophie Staff",
        createdAt: answeredOn,
        updatedAt: answeredOn,
      };
    });
  });
}

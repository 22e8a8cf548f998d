import "server-only";
import { z } from "zod";
import { dayString, instantString, jsonDay, jsonInstant } from "@/lib/api/resource";
import { provisions, type Allowances } from "@/lib/missions/allowances/compute";
import type { MissionDetail, MissionRow } from "@/lib/missions/queries";
import { participantKinds, partnerRoles } from "@/lib/missions/schemas";
import { missionStatuses } from "@/lib/missions/status";
import {
  answerShapeOf,
  destinationLink,
  namedLink,
  toAnswerFields,
  toDestinationLink,
  toNamedLinks,
} from "@/lib/api/records-json";
import type { TakenStep } from "@/lib/missions/approval-queries";
import {
  authorityOf,
  authorityProblemCodes,
  authorityProblems,
  type OrderRule,
} from "@/lib/missions/travellers/authority";
import { costFields } from "@/lib/missions/costs/fields";
import type { Cost } from "@/lib/missions/costs/queries";
import { checkpoints } from "@/lib/missions/follow-ups/checkpoints";
import type { FollowUpSlot } from "@/lib/missions/follow-ups/queries";
import { FollowUpVerdict } from "@/lib/generated/prisma/enums";
import { travellerFields } from "@/lib/missions/travellers/fields";
import type { Traveller } from "@/lib/missions/travellers/queries";

// The JSON answers of /api/v1/missions, mapped from what lib/missions/queries.ts returns.

const status = z.enum(missionStatuses).meta({
  description:
    "DRAFT → SUBMITTED → APPROVED → CONFIRMED → COMPLETED, or CANCELLED (change it with POST …/status; decision 015).",
});
const names = (description: string) => z.array(z.string()).meta({ description });

export const missionListItem = z.object({
  id: z.string(),
  title: z.string(),
  status,
  startDate: dayString.meta({ description: "First day (a calendar day)." }),
  endDate: dayString.meta({ description: "Last day." }),
  destinationCities: names("Cities visited, alphabetically."),
  partnerShortNames: names("Short names of the partner organisations taking part."),
  sectorNames: names("Sectors, in the caller's language."),
  archived: z.boolean(),
});

const money = (description: string) =>
  z
    .number()
    .int()
    .meta({ description: `${description}, in euro cents.` });
const count = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .meta({ description: `${description}; null when not recorded.` });

const provision = z
  .enum(provisions)
  .meta({ description: "DUE: paid; HOST: provided by the host, not paid; NONE: not on mission then." });

export const missionItem = z.object({
  id: z.string(),
  title: z.string(),
  status,
  cancellationReason: z.string().nullable().meta({ description: "Set while the mission is cancelled." }),
  startDate: dayString.meta({ description: "First day (a calendar day)." }),
  endDate: dayString.meta({ description: "Last day." }),
  destinations: z.array(destinationLink),
  sectors: z.array(namedLink).meta({ description: "Named in the caller's language." }),
  objectives: z.array(namedLink).meta({ description: "Named in the caller's language." }),
  summary: z.string(),
  budgetCents: money("Budget").nullable(),
  contactsCount: count("Contacts made"),
  leadsCount: count("Business leads"),
  lettersOfIntentCount: count("Letters of intent signed"),
  outcomeNotes: z.string(),
  nextSteps: z.string(),
  practicalNotes: z.string(),
  partners: z.array(
    z.object({
      id: z.string(),
      shortName: z.string(),
      name: z.string(),
      role: z.enum(partnerRoles),
      contributionCents: money("What this partner contributes"),
      seeks: z.string().meta({ description: "What this partner seeks from the trip." }),
    }),
  ),
  partnerTotalCents: money("The pooled resources: every partner's contribution added up"),
  participants: z
    .array(z.object({ name: z.string(), kind: z.enum(participantKinds), organisation: z.string() }))
    .meta({ description: "In the order typed." }),
  agenda: z.array(
    z.object({
      day: dayString,
      time: z.string().meta({ description: "HH:MM, local time of where the slot takes place; or empty." }),
      title: z.string(),
      location: z.string(),
      counterpart: z.string().meta({ description: "Whom the delegation meets in this slot." }),
    }),
  ),
  agreements: z
    .array(z.object({ id: z.string(), title: z.string() }))
    .meta({ description: "Agreements signed during the mission (read-only here)." }),
  travellers: z
    .array(
      z.object({
        id: z.string(),
        ...answerShapeOf(travellerFields),
        archived: z.boolean().meta({ description: "Removed from the mission (kept)." }),
        missing: z.array(z.enum(authorityProblemCodes)).meta({
          description:
            "What keeps the traveller from leaving on this trip (decision 016); empty when cleared. A mission is not confirmed while a current traveller has any.",
        }),
      }),
    )
    .meta({ description: "Who travels and under what authority; empty for partner users." }),
  costs: z
    .array(
      z.object({
        id: z.string(),
        ...answerShapeOf(costFields),
        archived: z.boolean().meta({ description: "Removed from the mission's costs (kept, not counted)." }),
      }),
    )
    .meta({
      description:
        "Cost lines in euro cents, planned and actual; no payer: the Métropole (decision 017). Empty for partner users.",
    }),
  followUps: z
    .array(
      z.object({
        checkpoint: z.enum(checkpoints),
        dueDate: dayString,
        respondent: z.string().meta({ description: '"metropole" for the department, or the partner\'s id.' }),
        state: z.enum(["answered", "upcoming", "due", "overdue"]),
        answer: z
          .object({
            verdict: z.enum(Object.values(FollowUpVerdict) as [FollowUpVerdict, ...FollowUpVerdict[]]),
            projectsLanded: z.number().int(),
            jobsAnnounced: z.number().int(),
            agreementsSigned: z.number().int(),
            notes: z.string(),
            answeredBy: z.string(),
            updatedAt: instantString,
          })
          .nullable(),
      }),
    )
    .meta({
      description:
        "What came of a completed mission at 3, 6 and 12 months, by respondent (decision 020); a partner user reads its own.",
    }),
  allowances: z
    .object({
      days: z.array(
        z.object({
          day: dayString,
          countryCode: z.string().meta({ description: "The country the day is spent in, as the agenda tells it." }),
          night: provision,
          lunch: provision,
          dinner: provision,
          dailyRateCents: z
            .number()
            .int()
            .nullable()
            .meta({ description: "The country's daily rate in force that day, in cents; null when none is kept." }),
          cents: z.number().int().meta({ description: "Paid for one traveller that day, in cents." }),
        }),
      ),
      nights: z.number().int().meta({ description: "Nights paid, for one traveller." }),
      meals: z.number().int().meta({ description: "Meals paid, for one traveller." }),
      travellers: z.number().int().meta({ description: "Métropole travellers (staff and elected officials)." }),
      perTravellerCents: z.number().int(),
      totalCents: z.number().int(),
      missingRates: z
        .array(z.object({ day: dayString, countryCode: z.string() }))
        .meta({ description: "Days whose country has no rate in force: left out of the total." }),
    })
    .nullable()
    .meta({
      description:
        "The daily allowances computed from the agenda, the rates and the days' choices (decision 018): 65 % of the rate a night, 17.5 % a meal. Null for partner users.",
    }),
  statusHistory: z
    .array(
      z.object({
        from: status,
        to: status,
        comment: z.string(),
        by: z.string().meta({ description: "The name of who took the step, at the time." }),
        at: instantString,
      }),
    )
    .meta({ description: "The steps of its life cycle, latest first (decision 015); empty for partner users." }),
  archived: z.boolean(),
  version: z.number().int(),
  updatedAt: instantString,
});

export function toMissionListItem(row: MissionRow): z.output<typeof missionListItem> {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    startDate: jsonDay(row.startDate),
    endDate: jsonDay(row.endDate),
    destinationCities: row.destinations,
    partnerShortNames: row.partners,
    sectorNames: row.sectors,
    archived: row.isArchived,
  };
}

/** The mission's parts besides what its detail holds: travellers, steps and costs (office readers only), follow-ups. */
export type MissionPapers = {
  travellers: Traveller[];
  steps: TakenStep[];
  costs: Cost[];
  followUps: FollowUpSlot[];
  /** What travellers' orders are held to (decision 025). */
  orderRule: OrderRule;
  /** Null for a reader who may not see the mission's budget. */
  allowances: Allowances | null;
};

export function toMissionItem(
  mission: MissionDetail,
  { travellers, steps, costs, followUps, orderRule, allowances }: MissionPapers,
): z.output<typeof missionItem> {
  return {
    id: mission.id,
    title: mission.title,
    status: mission.status,
    cancellationReason: mission.cancellationReason,
    startDate: jsonDay(mission.startDate),
    endDate: jsonDay(mission.endDate),
    destinations: mission.destinations.map(toDestinationLink),
    sectors: toNamedLinks(mission.sectors),
    objectives: toNamedLinks(mission.objectives),
    summary: mission.summary,
    budgetCents: mission.budgetCents,
    contactsCount: mission.contactsCount,
    leadsCount: mission.leadsCount,
    lettersOfIntentCount: mission.lettersOfIntentCount,
    outcomeNotes: mission.outcomeNotes,
    nextSteps: mission.nextSteps,
    practicalNotes: mission.practicalNotes,
    partners: mission.partners.map((partner) => ({
      id: partner.partnerId,
      shortName: partner.shortName,
      name: partner.name,
      role: partner.role,
      contributionCents: partner.contributionCents,
      seeks: partner.seeks,
    })),
    partnerTotalCents: mission.partnerTotalCents,
    participants: mission.participants.map(({ name, kind, organisation }) => ({ name, kind, organisation })),
    agenda: mission.agenda.map((item) => ({
      day: jsonDay(item.day),
      time: item.time,
      title: item.title,
      location: item.location,
      counterpart: item.counterpart,
    })),
    agreements: mission.agreements.map(({ id, title }) => ({ id, title })),
    // The declared fields as answerShapeOf describes them (typed there, not here).
    travellers: travellers.map(
      (traveller) =>
        ({
          id: traveller.id,
          ...toAnswerFields(travellerFields, traveller),
          archived: traveller.archivedAt !== null,
          missing:
            traveller.archivedAt === null
              ? authorityProblems(
                  authorityOf(traveller),
                  jsonDay(mission.startDate),
                  jsonDay(mission.endDate),
                  orderRule,
                )
              : [],
        }) as z.output<typeof missionItem>["travellers"][number],
    ),
    costs: costs.map(
      (cost) =>
        ({
          id: cost.id,
          ...toAnswerFields(costFields, cost),
          archived: cost.archivedAt !== null,
        }) as z.output<typeof missionItem>["costs"][number],
    ),
    followUps: followUps.map((slot) => ({
      checkpoint: slot.checkpoint,
      dueDate: slot.dueDay,
      respondent: slot.respondent,
      state: slot.state,
      answer: slot.answer && {
        verdict: slot.answer.verdict,
        projectsLanded: slot.answer.projectsLanded,
        jobsAnnounced: slot.answer.jobsAnnounced,
        agreementsSigned: slot.answer.agreementsSigned,
        notes: slot.answer.notes,
        answeredBy: slot.answer.answeredByName,
        updatedAt: jsonInstant(slot.answer.updatedAt),
      },
    })),
    allowances: allowances && {
      days: allowances.days.map((day) => ({
        day: day.day,
        countryCode: day.countryCode,
        ...day.setting,
        dailyRateCents: day.rate?.dailyCents ?? null,
        cents: day.cents,
      })),
      nights: allowances.nights,
      meals: allowances.meals,
      travellers: allowances.travellers,
      perTravellerCents: allowances.perTravellerCents,
      totalCents: allowances.totalCents,
      missingRates: allowances.missingRates,
    },
    statusHistory: steps.map((step) => ({
      from: step.fromStatus,
      to: step.toStatus,
      comment: step.comment,
      by: step.actorName,
      at: jsonInstant(step.createdAt),
    })),
    archived: mission.archivedAt !== null,
    version: mission.version,
    updatedAt: jsonInstant(mission.updatedAt),
  };
}

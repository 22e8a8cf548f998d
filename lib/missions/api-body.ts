import "server-only";
import { z } from "zod";
import { bodyDayString } from "@/lib/api/resource";
import { AreaInputError } from "@/lib/api/input";
import { centsToInput } from "@/lib/money";
import { rowsToValues } from "@/lib/missions/form-values";
import { participantKinds, partnerRoles, textLimits } from "@/lib/missions/schemas";
import { missionStatuses } from "@/lib/missions/status";
import { provisions } from "@/lib/missions/allowances/compute";
import { maxAllowanceDays } from "@/lib/missions/allowances/schemas";
import { idArray, optionalText, statusChangeReason, typed } from "@/lib/api/records-json";

// What /api/v1/missions accepts, and its translation into the mission form's flat text fields
// (lib/missions/form-values.ts), so the form's own schema applies the same rules and messages.
// Amounts travel in cents here and as euro text in the form: both directions are mapped.

/** Whole euro cents, at most 2,000,000,000 (the form's own limit, checked there). */
const cents = () => z.number(typed).int({ error: "invalidAmount" });
const count = (description: string) =>
  z
    .number(typed)
    .int({ error: "invalidCount" })
    .nullable()
    .optional()
    .meta({ description: `${description}; null or omitted when not recorded.` });

export const missionBody = z.strictObject({
  title: z.string(typed).meta({
    description: `At most ${textLimits.title} characters.`,
    examples: ["Saint-Pétersbourg — start-ups niçoises"],
  }),
  startDate: bodyDayString("First day (a calendar day)."),
  endDate: bodyDayString("Last day, on or after the first."),
  destinationIds: z.array(z.string(typed), typed).meta({ description: "Ids of the cities visited: at least one." }),
  sectorIds: idArray("sectors"),
  objectiveIds: idArray("objectives"),
  summary: optionalText(textLimits.longText),
  budgetCents: cents()
    .nullable()
    .optional()
    .meta({ description: "Budget in euro cents (at most 2,000,000,000); null or omitted when not set." }),
  contactsCount: count("Contacts made"),
  leadsCount: count("Business leads"),
  lettersOfIntentCount: count("Letters of intent signed"),
  outcomeNotes: optionalText(textLimits.longText),
  nextSteps: optionalText(textLimits.longText),
  practicalNotes: optionalText(textLimits.longText).meta({
    description: "Addresses, emergency numbers, what to know on the spot (the briefing book's practical notes).",
  }),
  partners: z
    .array(
      z.strictObject({
        partnerId: z.string(typed),
        role: z.enum(partnerRoles, { error: "invalidChoice" }),
        contributionCents: cents()
          .optional()
          .meta({ description: "What this partner contributes, in euro cents; omitted means 0." }),
        seeks: optionalText(textLimits.line).meta({ description: "What this partner seeks from the trip." }),
      }),
      typed,
    )
    .optional()
    .meta({ description: "Each partner once; at most 50. Omitted means none." }),
  participants: z
    .array(
      z.strictObject({
        name: z.string(typed).trim().min(1, { error: "required" }),
        kind: z.enum(participantKinds, { error: "invalidChoice" }),
        organisation: optionalText(textLimits.line),
      }),
      typed,
    )
    .optional()
    .meta({ description: "In the order to show them; at most 200. Omitted means none." }),
  agenda: z
    .array(
      z.strictObject({
        day: bodyDayString("A day within the mission's dates."),
        time: z
          .string(typed)
          .optional()
          .meta({ description: "HH:MM, local time of where the slot takes place; or omitted." }),
        title: z.string(typed),
        location: optionalText(textLimits.line),
        counterpart: optionalText(textLimits.line).meta({ description: "Whom the delegation meets in this slot." }),
      }),
      typed,
    )
    .optional()
    .meta({ description: "At most 200 items. Omitted means none." }),
  allowanceDays: z
    .array(
      z.strictObject({
        day: bodyDayString("A day within the mission's dates (others are dropped)."),
        night: z.enum(provisions, { error: "invalidChoice" }),
        lunch: z.enum(provisions, { error: "invalidChoice" }),
        dinner: z.enum(provisions, { error: "invalidChoice" }),
      }),
      typed,
    )
    .max(maxAllowanceDays, { error: "invalid" })
    .optional()
    .meta({
      description:
        "Which nights and meals of each day are paid as daily allowances (decision 018): DUE (paid), HOST (provided by the host: not paid), NONE (not on mission then). Replaces the days' choices at this version; days not given follow the agenda. Omitted: left as they are. `allowances.days` of the answer gives every day's choice.",
    }),
});

export type MissionBody = z.output<typeof missionBody>;

export const missionStatusBody = z.strictObject({
  status: z.enum(missionStatuses, { error: "invalidChoice" }).meta({
    description:
      "One step of the life cycle (decision 015): DRAFT → SUBMITTED (staff); SUBMITTED → APPROVED, or back to DRAFT with a comment (a manager); APPROVED → CONFIRMED → COMPLETED (staff, once started), each with a step back; COMPLETED → CONFIRMED with a comment (a manager); any open status → CANCELLED with a comment; CANCELLED → DRAFT. A SUBMITTED mission cannot be updated.",
  }),
  comment: z.string(typed).optional().meta({
    description:
      "Why: required to return, reopen or cancel (a cancellation's comment is its `cancellationReason`); at most 1000 characters. Kept in the mission's history.",
  }),
  cancellationReason: statusChangeReason.meta({ deprecated: true, description: "The comment's earlier name." }),
});

/** Cents as the euro text the form reads ("-" kept, so a negative amount gets the form's own message). */
const euroText = (cents: number | null | undefined) =>
  cents !== null && cents !== undefined && cents < 0 ? `-${centsToInput(-cents)}` : centsToInput(cents);
const countText = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** The body as the mission form would have posted it. */
export function missionFormValues(body: MissionBody): Record<string, string> {
  return {
    title: body.title,
    startDate: body.startDate,
    endDate: body.endDate,
    destinationIds: body.destinationIds.join(","),
    sectorIds: (body.sectorIds ?? []).join(","),
    objectiveIds: (body.objectiveIds ?? []).join(","),
    summary: body.summary ?? "",
    budget: euroText(body.budgetCents),
    contactsCount: countText(body.contactsCount),
    leadsCount: countText(body.leadsCount),
    lettersOfIntentCount: countText(body.lettersOfIntentCount),
    outcomeNotes: body.outcomeNotes ?? "",
    nextSteps: body.nextSteps ?? "",
    practicalNotes: body.practicalNotes ?? "",
    ...rowsToValues(
      "partners",
      (body.partners ?? []).map((partner) => ({
        partnerId: partner.partnerId,
        role: partner.role,
        contribution: euroText(partner.contributionCents ?? 0),
        seeks: partner.seeks ?? "",
      })),
    ),
    ...rowsToValues(
      "participants",
      (body.participants ?? []).map((participant) => ({
        ...participant,
        organisation: participant.organisation ?? "",
      })),
    ),
    ...rowsToValues(
      "agenda",
      (body.agenda ?? []).map((item) => ({
        ...item,
        time: item.time ?? "",
        location: item.location ?? "",
        counterpart: item.counterpart ?? "",
      })),
    ),
  };
}

/** The form's field names that differ from the body's: "budget" and "partners.N.contribution" hold euros, the body cents. */
function bodyField(formField: string): string {
  if (formField === "budget") return "budgetCents";
  return formField.replace(/^(partners\.\d+)\.contribution$/, "$1.contributionCents");
}

/** Runs the form's schema over the body's values; its issues name the body's fields. */
export function parseMissionForm<T extends z.ZodType>(schema: T, values: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    ...issue,
    path: issue.path.map((part) => (typeof part === "string" ? bodyField(part) : part)),
  }));
  throw new AreaInputError(new z.ZodError(issues));
}

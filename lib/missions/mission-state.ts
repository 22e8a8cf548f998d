import "server-only";
import type { ConflictField } from "@/lib/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MissionInput } from "./schemas";
import { dayOf } from "@/lib/time";

// A mission as the mutations see it: loaded with every part the form edits, compared with what a
// user submitted (optimistic locking) and described for the audit log.

export const missionStateSelect = {
  id: true,
  title: true,
  status: true,
  cancellationReason: true,
  startDate: true,
  endDate: true,
  summary: true,
  budgetCents: true,
  contactsCount: true,
  leadsCount: true,
  lettersOfIntentCount: true,
  outcomeNotes: true,
  nextSteps: true,
  practicalNotes: true,
  version: true,
  archivedAt: true,
  destinations: {
    select: { id: true, city: true, countryCode: true },
    orderBy: [{ city: "asc" }, { countryCode: "asc" }],
  },
  sectors: { select: { id: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } },
  objectives: { select: { id: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } },
  partners: {
    select: {
      partnerId: true,
      role: true,
      contributionCents: true,
      seeks: true,
      partner: { select: { shortName: true } },
    },
    orderBy: { partner: { shortName: "asc" } },
  },
  participants: { select: { name: true, kind: true, organisation: true }, orderBy: { position: "asc" } },
  agenda: {
    select: { day: true, time: true, title: true, location: true, counterpart: true },
    orderBy: [{ day: "asc" }, { time: "asc" }, { position: "asc" }],
  },
} satisfies Prisma.MissionSelect;

export type MissionState = Prisma.MissionGetPayload<{ select: typeof missionStateSelect }>;

/** The fields the mission form edits, by the names conflicts and the audit log use. */
export const editedFields = [
  "title",
  "startDate",
  "endDate",
  "destinations",
  "sectors",
  "objectives",
  "summary",
  "budgetCents",
  "contactsCount",
  "leadsCount",
  "lettersOfIntentCount",
  "outcomeNotes",
  "nextSteps",
  "practicalNotes",
  "partners",
  "participants",
  "agenda",
] as const;
type EditedField = (typeof editedFields)[number];

const sortedIds = (ids: string[]) => [...ids].sort().join(",");
const line = (...parts: string[]) => parts.join("\u001f");
/** Agenda lines in the order they are shown: by day and time, typed order otherwise (a stable sort). */
const byDayAndTime = <T extends { day: string; time: string }>(items: T[]) =>
  [...items].sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time));

/** One comparable text per field, so stored and submitted missions compare field by field. */
function comparableInput(input: MissionInput): Record<EditedField, string> {
  return {
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    destinations: sortedIds(input.destinationIds),
    sectors: sortedIds(input.sectorIds),
    objectives: sortedIds(input.objectiveIds),
    summary: input.summary,
    budgetCents: String(input.budgetCents ?? ""),
    contactsCount: String(input.contactsCount ?? ""),
    leadsCount: String(input.leadsCount ?? ""),
    lettersOfIntentCount: String(input.lettersOfIntentCount ?? ""),
    outcomeNotes: input.outcomeNotes,
    nextSteps: input.nextSteps,
    practicalNotes: input.practicalNotes,
    partners: input.partners
      .map((partner) => line(partner.partnerId, partner.role, String(partner.contributionCents), partner.seeks ?? ""))
      .sort()
      .join("\n"),
    participants: input.participants
      .map((participant) => line(participant.name, participant.kind, participant.organisation))
      .join("\n"),
    agenda: byDayAndTime(input.agenda)
      .map((item) => line(item.day, item.time, item.title, item.location, item.counterpart ?? ""))
      .join("\n"),
  };
}

function comparableState(state: MissionState): Record<EditedField, string> {
  return comparableInput({
    ...state,
    startDate: dayOf(state.startDate),
    endDate: dayOf(state.endDate),
    destinationIds: state.destinations.map((destination) => destination.id),
    sectorIds: state.sectors.map((sector) => sector.id),
    objectiveIds: state.objectives.map((objective) => objective.id),
    partners: state.partners,
    agenda: state.agenda.map((item) => ({ ...item, day: dayOf(item.day) })),
  });
}

const formatEuros = (cents: number, locale: "fr" | "en") =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(cents / 100);

/** The mission in words: the audit log's before/after (in French) and a conflict's "now reads" (in the user's language). */
export function describeMission(state: MissionState, locale: "fr" | "en"): Record<EditedField, string | number | null> {
  const name = (item: { nameFr: string; nameEn: string }) => (locale === "fr" ? item.nameFr : item.nameEn);
  return {
    title: state.title,
    startDate: dayOf(state.startDate),
    endDate: dayOf(state.endDate),
    destinations: state.destinations
      .map((destination) => `${destination.city} (${destination.countryCode})`)
      .join(", "),
    sectors: state.sectors.map(name).join(", "),
    objectives: state.objectives.map(name).join(", "),
    summary: state.summary,
    budgetCents: state.budgetCents,
    contactsCount: state.contactsCount,
    leadsCount: state.leadsCount,
    lettersOfIntentCount: state.lettersOfIntentCount,
    outcomeNotes: state.outcomeNotes,
    nextSteps: state.nextSteps,
    practicalNotes: state.practicalNotes,
    partners: state.partners
      .map(
        (partner) =>
          `${partner.partner.shortName} (${partner.role}, ${formatEuros(partner.contributionCents, locale)})` +
          (partner.seeks ? ` — ${partner.seeks}` : ""),
      )
      .join("; "),
    participants: state.participants
      .map(
        (participant) =>
          `${participant.name} (${[participant.kind, participant.organisation].filter(Boolean).join(", ")})`,
      )
      .join("; "),
    agenda: state.agenda
      .map((item) =>
        [
          dayOf(item.day),
          item.time,
          item.title,
          item.location ? `— ${item.location}` : "",
          item.counterpart ? `(${item.counterpart})` : "",
        ]
          .filter(Boolean)
          .join(" "),
      )
      .join("; "),
  };
}

/** The fields whose stored value differs from what the user submitted, each with its stored value as text. */
export function conflictingFields(state: MissionState, input: MissionInput, locale: "fr" | "en"): ConflictField[] {
  const stored = comparableState(state);
  const submitted = comparableInput(input);
  const words = describeMission(state, locale);
  return editedFields
    .filter((field) => stored[field] !== submitted[field])
    .map((field) => {
      const value = words[field];
      const current =
        value === null
          ? ""
          : typeof value === "number" && field === "budgetCents"
            ? formatEuros(value, locale)
            : String(value);
      return { field, current };
    });
}

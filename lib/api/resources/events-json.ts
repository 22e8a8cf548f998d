import "server-only";
import { z } from "zod";
import { instantString, jsonInstant } from "@/lib/api/resource";
import { maxLongTextLength, maxShortTextLength, maxTitleLength } from "@/lib/delegations/record-fields";
import type { EventDetail, EventRow } from "@/lib/events/queries";
import { eventStatuses, maxAttendance, type EventInput } from "@/lib/events/schemas";
import { idArray, namedLink, optionalText, parisLocalDateTime, toNamedLinks, typed } from "./records-json";

// The JSON of /api/v1/events: answers mapped from lib/events/queries.ts, and the body as the event
// form posts it (lib/events/schemas.ts reads both).

const status = z.enum(eventStatuses).meta({
  description: "PLANNED → HELD (once started) or CANCELLED, and back to PLANNED (change it with POST …/status).",
});

export const eventListItem = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: instantString.meta({ description: "Start (UTC)." }),
  endsAt: instantString.meta({ description: "End (UTC)." }),
  venue: z.string(),
  attendance: z.number().int().nullable().meta({ description: "People who attended; null when not known." }),
  status,
  archived: z.boolean(),
});

export const eventItem = eventListItem.extend({
  summary: z.string(),
  sectors: z.array(namedLink).meta({ description: "Named in the caller's language." }),
  partners: z.array(namedLink).meta({ description: "Partner organisations involved." }),
  objectives: z.array(namedLink).meta({ description: "Objectives served, in the caller's language." }),
  version: z.number().int(),
  updatedAt: instantString,
});

export function toEventListItem(row: EventRow): z.output<typeof eventListItem> {
  return {
    id: row.id,
    title: row.title,
    startsAt: jsonInstant(row.startsAt),
    endsAt: jsonInstant(row.endsAt),
    venue: row.venue,
    attendance: row.attendance,
    status: row.status,
    archived: row.archivedAt !== null,
  };
}

export function toEventItem(event: EventDetail): z.output<typeof eventItem> {
  return {
    ...toEventListItem(event),
    summary: event.summary,
    sectors: toNamedLinks(event.sectors),
    partners: toNamedLinks(event.partners),
    objectives: toNamedLinks(event.objectives),
    version: event.version,
    updatedAt: jsonInstant(event.updatedAt),
  };
}

export const eventBody = z.strictObject({
  title: z.string(typed).meta({
    description: `At most ${maxTitleLength} characters.`,
    examples: ["Carnaval de Nice — soirée des partenaires"],
  }),
  startsAt: parisLocalDateTime("Start."),
  endsAt: parisLocalDateTime("End, not before the start."),
  venue: optionalText(maxShortTextLength),
  attendance: z
    .number(typed)
    .int({ error: "attendanceOutOfRange" })
    .nullable()
    .optional()
    .meta({ description: `People who attended, 0 to ${maxAttendance}; null or omitted when not known.` }),
  summary: optionalText(maxLongTextLength),
  sectorIds: idArray("sectors"),
  partnerIds: idArray("partner organisations involved"),
  objectiveIds: idArray("objectives served"),
});

export type EventBody = z.output<typeof eventBody>;

export const eventStatusBody = z.strictObject({ status: z.enum(eventStatuses, { error: "invalidChoice" }) });

/** The body as the event form posts it: text fields, lists for the checkbox groups. */
export function eventFormValues(body: EventBody): Record<keyof EventInput, string | string[]> {
  return {
    title: body.title,
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    venue: body.venue ?? "",
    attendance: body.attendance === null || body.attendance === undefined ? "" : String(body.attendance),
    summary: body.summary ?? "",
    sectorIds: body.sectorIds ?? [],
    partnerIds: body.partnerIds ?? [],
    objectiveIds: body.objectiveIds ?? [],
  };
}

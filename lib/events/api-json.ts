import "server-only";
import { z } from "zod";
import { instantString, jsonInstant } from "@/lib/api/resource";
import { eventFields } from "@/lib/events/fields";
import type { EventDetail, EventRow } from "@/lib/events/queries";
import { eventStatuses } from "@/lib/events/schemas";
import { jsonBodyOf } from "@/lib/records/json-fields";
import { answerShapeOf, toAnswerFields } from "@/lib/api/records-json";

// The JSON of /api/v1/events: the list's items mapped from lib/events/queries.ts; the item's fields
// and the body derived from the event's field declarations (lib/events/fields.ts), the body read
// by the event form's schema.

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
  ...answerShapeOf(eventFields),
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
    ...toAnswerFields(eventFields, event),
    version: event.version,
    updatedAt: jsonInstant(event.updatedAt),
  };
}

export const eventBody = jsonBodyOf(eventFields);

export const eventStatusBody = z.strictObject({ status: z.enum(eventStatuses, { error: "invalidChoice" }) });

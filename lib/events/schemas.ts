// Shared by the event forms and their actions: no server imports. Messages are keys under
// "validation" or "events.validation".
import { z } from "zod";
import {
  idList,
  maxLongTextLength,
  maxShortTextLength,
  optionalText,
  optionalWholeNumber,
  parisDateTime,
  recordId,
  recordVersion,
  titleField,
  whenParsed,
} from "@/lib/delegations/record-fields";
import { EventStatus } from "@/lib/generated/prisma/enums";

export const eventStatuses = Object.values(EventStatus) as [EventStatus, ...EventStatus[]];

/** Far above any event Nice hosts, low enough to catch a typo (a year typed into the field). */
export const maxAttendance = 10_000_000;

/** The multi-value fields of the event form (checkbox groups). */
export const eventListFields = ["sectorIds", "partnerIds", "objectiveIds"] as const;

const eventFields = z.object({
  title: titleField,
  startsAt: parisDateTime,
  endsAt: parisDateTime,
  venue: optionalText(maxShortTextLength),
  attendance: optionalWholeNumber({ min: 0, max: maxAttendance, message: "attendanceOutOfRange" }),
  summary: optionalText(maxLongTextLength),
  sectorIds: idList,
  partnerIds: idList,
  objectiveIds: idList,
});

function withEventRules<T extends z.ZodType<z.output<typeof eventFields>>>(schema: T) {
  return schema.refine((event) => event.endsAt >= event.startsAt, {
    path: ["endsAt"],
    message: "endBeforeStart",
    when: whenParsed("startsAt", "endsAt"),
  });
}

export const createEventSchema = withEventRules(eventFields);

export const updateEventSchema = withEventRules(eventFields.extend({ id: recordId, version: recordVersion }));

/** Status changes: PLANNED → HELD | CANCELLED, and back to PLANNED (undo). */
export const changeEventStatusSchema = z.object({
  id: recordId,
  version: recordVersion,
  status: z.enum(eventStatuses, { error: "invalidChoice" }),
});

export type EventInput = z.infer<typeof createEventSchema>;
export type UpdateEventInput = z.infer<typeof updateEventSchema>;
export type ChangeEventStatusInput = z.infer<typeof changeEventStatusSchema>;

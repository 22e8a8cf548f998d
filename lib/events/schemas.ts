// Shared by the event forms and their actions: no server imports. Messages are keys under
// "validation" or "events.validation".
import { z } from "zod";
import { EventStatus } from "@/lib/generated/prisma/enums";
import { listFieldNames } from "@/lib/records/fields";
import { recordId, recordVersion, whenParsed } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { eventFields, maxAttendance } from "./fields";

export { maxAttendance };

export const eventStatuses = Object.values(EventStatus) as [EventStatus, ...EventStatus[]];

/** The multi-value fields of the event form. */
export const eventListFields = listFieldNames(eventFields);

const eventFormFields = formSchemaOf(eventFields);

function withEventRules<T extends z.ZodType<z.output<typeof eventFormFields>>>(schema: T) {
  return schema.refine((event) => event.endsAt >= event.startsAt, {
    path: ["endsAt"],
    message: "endBeforeStart",
    when: whenParsed("startsAt", "endsAt"),
  });
}

export const createEventSchema = withEventRules(eventFormFields);

export const updateEventSchema = withEventRules(eventFormFields.extend({ id: recordId, version: recordVersion }));

/** Status changes: PLANNED → HELD | CANCELLED, and back to PLANNED (undo). */
export const changeEventStatusSchema = z.object({
  id: recordId,
  version: recordVersion,
  status: z.enum(eventStatuses, { error: "invalidChoice" }),
});

export type EventInput = z.infer<typeof createEventSchema>;
export type UpdateEventInput = z.infer<typeof updateEventSchema>;
export type ChangeEventStatusInput = z.infer<typeof changeEventStatusSchema>;

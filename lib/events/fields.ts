// An international event's fields, declared once (lib/records/fields.ts): the form, its schema,
// the API's body and the forms' limits are derived from here. No zod, no server imports.
import { defineFields, maxLongTextLength, maxShortTextLength, maxTitleLength } from "@/lib/records/fields";

/** Far above any event Nice hosts, low enough to catch a typo (a year typed into the field). */
export const maxAttendance = 10_000_000;

export const eventFields = defineFields({
  title: { kind: "text", max: maxTitleLength, required: true, example: "Carnaval de Nice — soirée des partenaires" },
  startsAt: { kind: "parisDateTime", required: true, column: "start", description: "Start." },
  endsAt: { kind: "parisDateTime", required: true, column: "end", description: "End, not before the start." },
  venue: { kind: "text", max: maxShortTextLength },
  attendance: {
    kind: "wholeNumber",
    min: 0,
    max: maxAttendance,
    message: "attendanceOutOfRange",
    description: "People who attended; null or omitted when not known.",
  },
  summary: { kind: "longText", max: maxLongTextLength },
  sectorIds: { kind: "links", to: "sector", relation: "sectors", column: "sectors" },
  partnerIds: { kind: "links", to: "partner", relation: "partners", column: "partners" },
  objectiveIds: { kind: "links", to: "objective", relation: "objectives", column: "objectives" },
});

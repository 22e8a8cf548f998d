// An international event's fields, declared once (lib/records/fields.ts): the form, its schema,
// the API's body and answer, the spreadsheet's columns, the detail's reads and the list's search are
// derived from here. No zod, no server imports.
import { defineFields, maxLongTextLength, maxShortTextLength, maxTitleLength } from "@/lib/records/fields";

/** Far above any event Nice hosts, low enough to catch a typo (a year typed into the field). */
export const maxAttendance = 10_000_000;

export const eventFields = defineFields({
  title: {
    kind: "text",
    max: maxTitleLength,
    required: true,
    searched: true,
    example: "Carnaval de Nice — soirée des partenaires",
  },
  startsAt: { kind: "parisDateTime", required: true, half: true, column: "start", description: "Start." },
  endsAt: {
    kind: "parisDateTime",
    required: true,
    half: true,
    column: "end",
    description: "End, not before the start.",
  },
  venue: { kind: "text", max: maxShortTextLength, searched: true, half: true },
  attendance: {
    kind: "wholeNumber",
    min: 0,
    max: maxAttendance,
    half: true,
    message: "attendanceOutOfRange",
    description: "People who attended; null or omitted when not known.",
  },
  summary: { kind: "longText", max: maxLongTextLength },
  sectorIds: { kind: "links", to: "sector", relation: "sectors", column: "sectors" },
  partnerIds: { kind: "links", to: "partner", relation: "partners", column: "partners" },
  objectiveIds: { kind: "links", to: "objective", relation: "objectives", column: "objectives" },
});

// A town's fields, declared once (lib/records/fields.ts): the form, its schema, the API's body and
// answer, the spreadsheet's columns and what a save writes are derived from here. No zod, no
// server imports.
import { defineFields, maxNameLength } from "@/lib/records/fields";

/** INSEE commune codes: 5 characters (digits, or 2A/2B for Corsica). */
export const inseeCodeLength = 5;

export const townFields = defineFields({
  name: { kind: "text", max: maxNameLength, required: true, unique: true, example: "Èze", description: "Unique name." },
  inseeCode: {
    kind: "code",
    length: inseeCodeLength,
    pattern: "\\d{5}|2[AB]\\d{3}",
    message: "inseeCode",
    unique: true,
    description: "INSEE commune code: 5 characters (2A/2B for Corsica).",
  },
  /** Empty for a town of the urban area not connected yet. */
  connectedOn: { kind: "day", description: "The day the town was connected." },
});

// A sector's or objective's fields, declared once (lib/records/fields.ts): the form, its schema,
// the API's body and answer, the spreadsheet's columns and what a save writes are derived from
// here. No zod, no server imports.
import { defineFields, maxCodeLength, maxNameLength } from "@/lib/records/fields";

export const codeListFields = defineFields({
  code: {
    kind: "code",
    length: maxCodeLength,
    pattern: "[A-Z0-9][A-Z0-9_-]*",
    message: "codeFormat",
    required: true,
    unique: true,
    example: "SMART_CITIES",
    description: "A stable identifier for exports and imports: capitals, digits, _ or - (upper-cased); unique.",
  },
  nameFr: {
    kind: "text",
    max: maxNameLength,
    required: true,
    unique: true,
    lang: "fr",
    description: "French name; unique.",
  },
  nameEn: {
    kind: "text",
    max: maxNameLength,
    required: true,
    unique: true,
    lang: "en",
    description: "English name; unique.",
  },
});

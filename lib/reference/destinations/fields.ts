// A destination's fields, declared once (lib/records/fields.ts): the form, its schema, the API's
// body and answer, the detail and what a save writes are derived from here. No zod, no server
// imports.
import { defineFields, maxNameLength } from "@/lib/records/fields";

export const destinationFields = defineFields({
  city: {
    kind: "text",
    max: maxNameLength,
    required: true,
    unique: true,
    uniqueWithin: "countryCode",
    example: "Xiamen",
    description: "Unique within its country (any case).",
  },
  countryCode: {
    kind: "country",
    required: true,
    message: "countryCode",
    example: "CN",
    description: "ISO 3166-1 alpha-2 code of a country (any case).",
  },
  latitude: {
    kind: "decimal",
    min: -90,
    max: 90,
    message: "latitude",
    half: true,
    example: 24.48,
    description: "Decimal degrees; give both coordinates or neither.",
  },
  longitude: { kind: "decimal", min: -180, max: 180, message: "longitude", half: true, example: 118.09 },
  timeZone: {
    kind: "timeZone",
    example: "Asia/Shanghai",
    description: "IANA time zone name, any case; a briefing book gives each slot in local and Paris time.",
  },
});

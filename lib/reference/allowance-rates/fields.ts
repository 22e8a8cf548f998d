// A daily allowance rate's fields, declared once (lib/records/fields.ts, decision 018): the form,
// its schema, the detail and what a save writes are derived from here. No zod, no server imports.
import { defineFields, maxShortTextLength } from "@/lib/records/fields";

export const allowanceRateFields = defineFields({
  countryCode: {
    kind: "country",
    required: true,
    message: "countryCode",
    half: true,
    example: "CN",
    description: "ISO 3166-1 alpha-2 code of the country the rate applies in (any case).",
  },
  dailyCents: { kind: "money", required: true, half: true, description: "A full day abroad, in euro cents." },
  validFrom: { kind: "day", required: true, half: true },
  validUntil: { kind: "day", half: true, description: "Empty while the rate is in force." },
  source: {
    kind: "text",
    max: maxShortTextLength,
    required: true,
    description: "The text that sets the rate (for State staff, the arrêté of 3 July 2006 as amended).",
  },
});

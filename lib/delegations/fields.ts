// A delegation's fields, declared once (lib/records/fields.ts): the form, its schema, the API's
// body and answer, the spreadsheet's columns, the detail's reads and the list's search are derived
// from here. No zod, no server imports.
import { defineFields, maxLongTextLength, maxShortTextLength, maxTitleLength } from "@/lib/records/fields";

export const maxDelegationSize = 10_000;

export const delegationFields = defineFields({
  title: {
    kind: "text",
    max: maxTitleLength,
    required: true,
    searched: true,
    example: "Délégation de Haïfa — santé connectée",
  },
  // The origin city, when it is one of the destinations; otherwise the country alone.
  originDestinationId: {
    kind: "link",
    to: "destination",
    relation: "originDestination",
    column: "originCity",
    audit: "origin",
    description: "The origin city (a destination); its country is then the origin country.",
  },
  originCountryCode: {
    kind: "country",
    column: "originCountry",
    description: "ISO 3166-1 alpha-2 code; required when there is no origin city.",
  },
  arrivalAt: { kind: "parisDateTime", required: true, half: true, column: "arrival", description: "Arrival in Nice." },
  departureAt: {
    kind: "parisDateTime",
    required: true,
    half: true,
    column: "departure",
    description: "Departure, not before the arrival.",
  },
  size: {
    kind: "wholeNumber",
    min: 1,
    max: maxDelegationSize,
    required: true,
    half: true,
    message: "sizeOutOfRange",
    description: "Number of people.",
  },
  hostName: {
    kind: "text",
    max: maxShortTextLength,
    searched: true,
    half: true,
    description: "The officer hosting the delegation.",
  },
  programme: { kind: "longText", max: maxLongTextLength },
  sectorIds: { kind: "links", to: "sector", relation: "sectors", column: "sectors" },
  partnerIds: {
    kind: "links",
    to: "partner",
    relation: "partners",
    column: "partners",
    description: "Partner organisations involved.",
  },
});

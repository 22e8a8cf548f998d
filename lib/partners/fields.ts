// A partner organisation's fields, declared once (lib/records/fields.ts): the form, its schema,
// the API's body and answer, the export's columns and what a save writes are derived from here.
// No zod, no server imports.
import { PartnerKind } from "@/lib/generated/prisma/enums";
import { defineFields, maxCodeLength, maxTitleLength } from "@/lib/records/fields";

export const partnerFields = defineFields({
  name: {
    kind: "text",
    max: maxTitleLength,
    required: true,
    unique: true,
    example: "Team Côte d'Azur",
    description: "Unique (any case).",
  },
  shortName: {
    kind: "text",
    max: maxCodeLength,
    required: true,
    unique: true,
    example: "TCA",
    description: "Unique (any case); names the organisation in lists and spreadsheets.",
  },
  kind: { kind: "choice", choices: Object.values(PartnerKind), labels: "partners.kinds", required: true },
  /** An inactive partner no longer runs actions with the Métropole but keeps its history. */
  isActive: {
    kind: "yesNo",
    default: true,
    description: "false: no longer runs actions with the Métropole, but keeps its history.",
  },
});

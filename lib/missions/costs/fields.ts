// A mission cost line's fields, declared once (lib/records/fields.ts, decision 017): the form, its
// schema and what a save writes are derived from here. No zod, no server imports.
import { CostCategory } from "@/lib/generated/prisma/enums";
import { defineFields, maxShortTextLength } from "@/lib/records/fields";

export const costFields = defineFields({
  category: {
    kind: "choice",
    choices: Object.values(CostCategory),
    labels: "missions.costs.categories",
    required: true,
  },
  description: { kind: "text", max: maxShortTextLength },
  /** Empty: the Métropole pays; otherwise one of the mission's partners (its pooled contribution). */
  payerPartnerId: { kind: "link", to: "partner", relation: "payerPartner" },
  plannedCents: { kind: "money", half: true },
  actualCents: { kind: "money", half: true },
});

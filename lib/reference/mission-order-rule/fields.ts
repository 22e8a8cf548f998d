// The mission order rule's fields, declared once (lib/records/fields.ts, decision 025): its form,
// schema and what a save writes are derived from here. No zod, no server imports.
import { defineFields, maxShortTextLength } from "@/lib/records/fields";

export const missionOrderRuleFields = defineFields({
  /** How long after it is signed an order may run; empty: no cap. */
  maxValidityMonths: { kind: "wholeNumber", min: 1, max: 24, message: "orderMonthsOutOfRange", half: true },
  /** The text that sets the cap, as administrators have checked it. */
  source: { kind: "text", max: maxShortTextLength },
});

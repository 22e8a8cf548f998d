// The mission order rule's form: no server imports. Messages are keys under "validation" or
// "reference.validation".
import { z } from "zod";
import { recordVersion, whenParsed } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { missionOrderRuleFields } from "./fields";

/** The one rule's id (its row is made by its migration). */
export const missionOrderRuleId = "mission-orders";

export const updateMissionOrderRuleSchema = formSchemaOf(missionOrderRuleFields)
  .extend({ id: z.literal(missionOrderRuleId, { error: "invalid" }), version: recordVersion })
  // A rule of law is kept with the text that sets it (decision 013).
  .refine((rule) => rule.maxValidityMonths === null || rule.source.trim() !== "", {
    path: ["source"],
    message: "ruleSourceRequired",
    when: whenParsed("maxValidityMonths", "source"),
  });

export type UpdateMissionOrderRuleInput = z.output<typeof updateMissionOrderRuleSchema>;

// The partner organisation form and its actions: no server imports. Messages are keys under "validation".
import { z } from "zod";
import { checkboxField, recordVersion, requiredId, requiredText } from "@/lib/records/form-fields";
import { partnerKinds } from "./list-params";
import { maxCodeLength } from "@/lib/records/fields";

export const partnerSchema = z.object({
  name: requiredText(200),
  shortName: requiredText(maxCodeLength),
  kind: z.enum(partnerKinds, { error: "invalidChoice" }),
  /** An inactive partner no longer runs actions with the Métropole but keeps its history. */
  isActive: checkboxField,
});

export const updatePartnerSchema = partnerSchema.extend({ id: requiredId, version: recordVersion });

export type PartnerInput = z.output<typeof partnerSchema>;
export type UpdatePartnerInput = z.output<typeof updatePartnerSchema>;

// The partner organisation form and its actions: no server imports. Messages are keys under "validation".
import { z } from "zod";
import { checkboxField, idField, requiredText, versionField } from "@/lib/reference/schema-fields";
import { partnerKinds } from "./list-params";

export const partnerSchema = z.object({
  name: requiredText(200),
  shortName: requiredText(40),
  kind: z.enum(partnerKinds, { error: "invalidChoice" }),
  /** An inactive partner no longer runs actions with the Métropole but keeps its history. */
  isActive: checkboxField,
});

export const updatePartnerSchema = partnerSchema.extend({ id: idField, version: versionField });

export type PartnerInput = z.output<typeof partnerSchema>;
export type UpdatePartnerInput = z.output<typeof updatePartnerSchema>;

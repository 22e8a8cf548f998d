// The partner organisation form and its actions: no server imports. Messages are keys under "validation".
import { z } from "zod";
import { recordVersion, requiredId } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { partnerFields } from "./fields";

export const partnerSchema = formSchemaOf(partnerFields);

export const updatePartnerSchema = partnerSchema.extend({ id: requiredId, version: recordVersion });

export type PartnerInput = z.output<typeof partnerSchema>;
export type UpdatePartnerInput = z.output<typeof updatePartnerSchema>;

// The cost line form and its actions: no server imports. Messages are keys under "validation" or
// "missions.validation".
import { z } from "zod";
import { recordVersion, requiredId } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { costFields } from "./fields";

export const costSchema = formSchemaOf(costFields).extend({ missionId: requiredId });

export const updateCostSchema = costSchema.safeExtend({ id: requiredId, version: recordVersion });

export type CostInput = z.output<typeof costSchema>;
export type UpdateCostInput = z.output<typeof updateCostSchema>;

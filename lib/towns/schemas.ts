// The town form and its actions: no server imports. Messages are keys under "validation" or
// "reference.validation".
import { z } from "zod";
import { recordVersion, requiredId } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { townFields } from "./fields";

export const townSchema = formSchemaOf(townFields);

export const updateTownSchema = townSchema.extend({ id: requiredId, version: recordVersion });

export type TownInput = z.output<typeof townSchema>;
export type UpdateTownInput = z.output<typeof updateTownSchema>;

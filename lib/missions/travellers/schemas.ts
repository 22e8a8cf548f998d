// The traveller form and its actions: no server imports. Messages are keys under "validation" or
// "missions.validation".
import { z } from "zod";
import { recordVersion, requiredId, whenParsed } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { travellerFields } from "./fields";

export const travellerSchema = formSchemaOf(travellerFields)
  .extend({ missionId: requiredId })
  .refine(
    (traveller) =>
      !traveller.orderSignedOn || !traveller.orderValidUntil || traveller.orderValidUntil >= traveller.orderSignedOn,
    {
      path: ["orderValidUntil"],
      message: "orderEndsBeforeSigned",
      when: whenParsed("orderSignedOn", "orderValidUntil"),
    },
  );

export const updateTravellerSchema = travellerSchema.safeExtend({ id: requiredId, version: recordVersion });

export type TravellerInput = z.output<typeof travellerSchema>;
export type UpdateTravellerInput = z.output<typeof updateTravellerSchema>;

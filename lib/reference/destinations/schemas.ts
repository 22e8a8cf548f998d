// The destination form and its actions: no server imports. Messages are keys under "validation"
// or "reference.validation".
import { z } from "zod";
import { recordVersion, requiredId } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { destinationFields } from "./fields";

export const destinationSchema = formSchemaOf(destinationFields).superRefine((destination, context) => {
  // A point needs both coordinates; one alone is a typing slip.
  if ((destination.latitude === null) !== (destination.longitude === null)) {
    context.addIssue({
      code: "custom",
      path: [destination.latitude === null ? "latitude" : "longitude"],
      message: "required",
    });
  }
});

export const updateDestinationSchema = destinationSchema.safeExtend({ id: requiredId, version: recordVersion });

export type DestinationInput = z.output<typeof destinationSchema>;
export type UpdateDestinationInput = z.output<typeof updateDestinationSchema>;

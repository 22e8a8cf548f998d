// Shared by the delegation forms and their actions: no server imports. Messages are keys under
// "validation" or "delegations.validation".
import { z } from "zod";
import { DelegationStatus } from "@/lib/generated/prisma/enums";
import { listFieldNames } from "@/lib/records/fields";
import { optionalText, recordId, recordVersion, whenParsed } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { delegationFields, maxDelegationSize } from "./fields";
import { maxReasonLength } from "@/lib/records/fields";

export { maxDelegationSize };

export const delegationStatuses = Object.values(DelegationStatus) as [DelegationStatus, ...DelegationStatus[]];

/** The multi-value fields of the delegation form. */
export const delegationListFields = listFieldNames(delegationFields);

const delegationFormFields = formSchemaOf(delegationFields);

function withDelegationRules<T extends z.ZodType<z.output<typeof delegationFormFields>>>(schema: T) {
  return schema
    .refine((delegation) => delegation.originDestinationId !== null || delegation.originCountryCode !== null, {
      path: ["originCountryCode"],
      message: "originRequired",
      when: whenParsed("originDestinationId", "originCountryCode"),
    })
    .refine((delegation) => delegation.departureAt >= delegation.arrivalAt, {
      path: ["departureAt"],
      message: "departureBeforeArrival",
      when: whenParsed("arrivalAt", "departureAt"),
    });
}

export const createDelegationSchema = withDelegationRules(delegationFormFields);

export const updateDelegationSchema = withDelegationRules(
  delegationFormFields.extend({ id: recordId, version: recordVersion }),
);

/** Status changes: EXPECTED → WELCOMED | CANCELLED, and back to EXPECTED (undo). */
export const changeDelegationStatusSchema = z
  .object({
    id: recordId,
    version: recordVersion,
    status: z.enum(delegationStatuses, { error: "invalidChoice" }),
    cancellationReason: optionalText(maxReasonLength),
  })
  .superRefine((change, context) => {
    if (change.status === "CANCELLED" && change.cancellationReason === "") {
      context.addIssue({ code: "custom", path: ["cancellationReason"], message: "required" });
    }
  });

export type DelegationInput = z.infer<typeof createDelegationSchema>;
export type UpdateDelegationInput = z.infer<typeof updateDelegationSchema>;
export type ChangeDelegationStatusInput = z.infer<typeof changeDelegationStatusSchema>;

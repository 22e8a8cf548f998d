// Shared by the delegation forms and their actions: no server imports. Messages are keys under
// "validation" or "delegations.validation".
import { z } from "zod";
import { DelegationStatus } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "./countries";
import {
  idList,
  maxLongTextLength,
  maxShortTextLength,
  optionalId,
  optionalText,
  parisDateTime,
  recordId,
  recordVersion,
  titleField,
  wholeNumber,
  whenParsed,
} from "./record-fields";

export const delegationStatuses = Object.values(DelegationStatus) as [DelegationStatus, ...DelegationStatus[]];

export const maxDelegationSize = 10_000;

/** The multi-value fields of the delegation form (checkbox groups). */
export const delegationListFields = ["sectorIds", "partnerIds"] as const;

const countryCode = z
  .string({ error: "invalid" })
  .trim()
  .default("")
  .transform((code) => code.toUpperCase())
  .refine((code) => code === "" || isCountryCode(code), { error: "unknownCountry" })
  .transform((code) => (code === "" ? null : code));

const delegationFields = z.object({
  title: titleField,
  // The origin city, when it is one of the destinations; otherwise the country alone.
  originDestinationId: optionalId,
  originCountryCode: countryCode,
  arrivalAt: parisDateTime,
  departureAt: parisDateTime,
  size: wholeNumber({ min: 1, max: maxDelegationSize, message: "sizeOutOfRange" }),
  hostName: optionalText(maxShortTextLength),
  programme: optionalText(maxLongTextLength),
  sectorIds: idList,
  partnerIds: idList,
});

function withDelegationRules<T extends z.ZodType<z.output<typeof delegationFields>>>(schema: T) {
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

export const createDelegationSchema = withDelegationRules(delegationFields);

export const updateDelegationSchema = withDelegationRules(
  delegationFields.extend({ id: recordId, version: recordVersion }),
);

/** Status changes: EXPECTED → WELCOMED | CANCELLED, and back to EXPECTED (undo). */
export const changeDelegationStatusSchema = z
  .object({
    id: recordId,
    version: recordVersion,
    status: z.enum(delegationStatuses, { error: "invalidChoice" }),
    cancellationReason: optionalText(1000),
  })
  .superRefine((change, context) => {
    if (change.status === "CANCELLED" && change.cancellationReason === "") {
      context.addIssue({ code: "custom", path: ["cancellationReason"], message: "required" });
    }
  });

export type DelegationInput = z.infer<typeof createDelegationSchema>;
export type UpdateDelegationInput = z.infer<typeof updateDelegationSchema>;
export type ChangeDelegationStatusInput = z.infer<typeof changeDelegationStatusSchema>;

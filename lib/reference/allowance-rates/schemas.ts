// The allowance rate form and its actions: no server imports. Messages are keys under
// "validation" or "reference.validation".
import { z } from "zod";
import { recordVersion, requiredId, whenParsed } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { allowanceRateFields } from "./fields";

export const allowanceRateSchema = formSchemaOf(allowanceRateFields)
  .refine((rate) => (rate.dailyCents ?? 0) > 0, {
    path: ["dailyCents"],
    message: "rateNotPositive",
    when: whenParsed("dailyCents"),
  })
  .refine((rate) => !rate.validUntil || rate.validUntil >= rate.validFrom, {
    path: ["validUntil"],
    message: "rateEndsBeforeStart",
    when: whenParsed("validFrom", "validUntil"),
  });

export const updateAllowanceRateSchema = allowanceRateSchema.safeExtend({ id: requiredId, version: recordVersion });

export type AllowanceRateInput = z.output<typeof allowanceRateSchema>;
export type UpdateAllowanceRateInput = z.output<typeof updateAllowanceRateSchema>;

// The priority period form ("2016/2020", 2016–2020, its priority destinations) and its actions.
// No server imports. Messages are keys under "validation" or "reference.validation".
import { z } from "zod";
import { idList, recordVersion, requiredId, requiredText, yearField } from "@/lib/records/form-fields";
import { maxCodeLength } from "@/lib/records/fields";

export const periodSchema = z
  .object({
    label: requiredText(maxCodeLength),
    startYear: yearField,
    endYear: yearField,
    destinationIds: idList.default([]).transform((ids) => [...new Set(ids)]),
  })
  .superRefine((period, context) => {
    if (period.endYear < period.startYear)
      context.addIssue({ code: "custom", path: ["endYear"], message: "yearsOutOfOrder" });
  });

export const updatePeriodSchema = periodSchema.safeExtend({ id: requiredId, version: recordVersion });

export type PeriodInput = z.output<typeof periodSchema>;
export type UpdatePeriodInput = z.output<typeof updatePeriodSchema>;

// The priority period form ("2016/2020", 2016–2020, its priority destinations) and its actions.
// No server imports. Messages are keys under "validation" or "reference.validation".
import { z } from "zod";
import { idField, idListField, requiredText, versionField, yearField } from "@/lib/reference/schema-fields";

export const periodSchema = z
  .object({
    label: requiredText(40),
    startYear: yearField,
    endYear: yearField,
    destinationIds: idListField.default([]).transform((ids) => [...new Set(ids)]),
  })
  .superRefine((period, context) => {
    if (period.endYear < period.startYear)
      context.addIssue({ code: "custom", path: ["endYear"], message: "yearsOutOfOrder" });
  });

export const updatePeriodSchema = periodSchema.safeExtend({ id: idField, version: versionField });

export type PeriodInput = z.output<typeof periodSchema>;
export type UpdatePeriodInput = z.output<typeof updatePeriodSchema>;

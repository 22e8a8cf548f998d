// The priority period form ("2016/2020", 2016–2020, its priority destinations) and its actions.
// No server imports. Messages are keys under "validation" or "reference.validation".
import { z } from "zod";
import { idField, idListField, requiredText, versionField, yearField } from "@/lib/reference/schema-fields";

/** Form values arrive as text; "" must read as missing, not as the year 0. */
const requiredYear = z.preprocess((value) => (value === "" ? undefined : value), yearField.optional()).refine((value) => value !== undefined, { error: "required" }).transform((value) => value as number);

export const periodSchema = z
  .object({
    label: requiredText(40),
    startYear: requiredYear,
    endYear: requiredYear,
    destinationIds: idListField.default([]).transform((ids) => [...new Set(ids)]),
  })
  .superRefine((period, context) => {
    if (period.endYear < period.startYear) context.addIssue({ code: "custom", path: ["endYear"], message: "yearsOutOfOrder" });
  });

export const updatePeriodSchema = periodSchema.safeExtend({ id: idField, version: versionField });

export type PeriodInput = z.output<typeof periodSchema>;
export type UpdatePeriodInput = z.output<typeof updatePeriodSchema>;

// The mission allowance forms: which nights and meals of each day are paid, and recording the
// computed total as the mission's planned allowance line. No server imports.
import { z } from "zod";
import type { FormReading } from "@/lib/actions/form-input";
import { formValues } from "@/lib/actions/form-input";
import { requiredId } from "@/lib/records/form-fields";
import { isAcceptedDay } from "@/lib/time";
import { provisions } from "./compute";

const provision = z.enum(provisions, { error: "invalid" });
/** The longest mission the form takes, in days (a year): bounds what one save writes. */
export const maxAllowanceDays = 366;

export const allowanceDaysSchema = z.object({
  missionId: requiredId,
  basis: z.string({ error: "invalid" }).max(100_000, { error: "invalid" }),
  days: z
    .array(
      z.object({
        day: z.string().refine(isAcceptedDay, { error: "invalid" }),
        night: provision,
        lunch: provision,
        dinner: provision,
      }),
    )
    .max(maxAllowanceDays, { error: "invalid" }),
});

/** Each day's controls are named "<part>.<day>" ("lunch.2016-06-01"); their days are read from the names. */
export function readAllowanceDays(formData: FormData): FormReading {
  const values = formValues(formData);
  const days = [...new Set(Object.keys(values).flatMap((key) => (key.startsWith("night.") ? [key.slice(6)] : [])))];
  return {
    input: {
      missionId: values.missionId,
      basis: values.basis ?? "",
      days: days.map((day) => ({
        day,
        night: values[`night.${day}`],
        lunch: values[`lunch.${day}`],
        dinner: values[`dinner.${day}`],
      })),
    },
    values,
  };
}

export const recordAllowanceCostSchema = z.object({
  missionId: requiredId,
  /** The total the user saw: recorded only if the computation still gives it. */
  expectedCents: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }),
});

export type AllowanceDaysInput = z.output<typeof allowanceDaysSchema>;
export type RecordAllowanceCostInput = z.output<typeof recordAllowanceCostSchema>;

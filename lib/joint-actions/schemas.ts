// Shared by the joint-action forms and their actions: no server imports. Messages are keys under
// "validation" or "jointActions.validation".
import { z } from "zod";
import {
  maxLongTextLength,
  optionalId,
  optionalText,
  recordId,
  recordVersion,
  requiredText,
} from "@/lib/records/form-fields";
import { jointActionKinds, maxCount } from "./form-fields";
import { dateOfDay, isAcceptedDay, parisDay } from "@/lib/time";

export { jointActionKinds, maxCount };

/** The latest day an action may be dated: planned actions up to a year ahead are fine. */
export function latestDay(today: string = parisDay()): string {
  const date = dateOfDay(today);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

const dayField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required", abort: true })
  .refine(isAcceptedDay, { error: "invalidDate", abort: true })
  .refine((day) => day <= latestDay(), { error: "dateTooLate" });

const countField = z
  .string({ error: "required" })
  .trim()
  .default("0")
  .transform((text, context) => {
    const value = text === "" ? 0 : /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
    if (value >= 0 && value <= maxCount) return value;
    context.addIssue({ code: "custom", message: "countOutOfRange" });
    return z.NEVER;
  });

const jointActionFields = z.object({
  /** Staff choose the organisation; for partner users the data layer uses theirs whatever is sent. */
  partnerId: optionalId,
  date: dayField,
  kind: z.enum(jointActionKinds, { error: "invalidChoice" }),
  title: requiredText(),
  description: optionalText(maxLongTextLength),
  missionId: optionalId,
  delegationId: optionalId,
  eventId: optionalId,
  destinationId: optionalId,
  objectiveId: optionalId,
  outcome: optionalText(maxLongTextLength),
  contactsCount: countField,
  investorLeadsCount: countField,
});

export const createJointActionSchema = jointActionFields.extend({
  /** Set by "Save anyway" once the user has seen the similar earlier records. */
  confirmSimilar: z
    .string()
    .optional()
    .transform((value) => value === "1"),
});

export const updateJointActionSchema = jointActionFields.extend({ id: recordId, version: recordVersion });

export type JointActionInput = z.infer<typeof jointActionFields>;
export type CreateJointActionInput = z.infer<typeof createJointActionSchema>;
export type UpdateJointActionInput = z.infer<typeof updateJointActionSchema>;

"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordAllowanceCost, saveAllowanceDays } from "./mutations";
import { allowanceDaysSchema, readAllowanceDays, recordAllowanceCostSchema } from "./schemas";

// The mission allowance page's actions (lib/actions/form-action.ts).

const messages = "missions.validation";

export const saveAllowanceDaysAction = formAction({
  caller: "records.edit",
  read: readAllowanceDays,
  schema: allowanceDaysSchema,
  messages,
  run: saveAllowanceDays,
  revalidate: (input) => [`/missions/${input.missionId}/allowances`],
});

export const recordAllowanceCostAction = formAction({
  caller: "records.edit",
  schema: recordAllowanceCostSchema,
  messages,
  run: recordAllowanceCost,
  revalidate: (input) => [`/missions/${input.missionId}`, `/missions/${input.missionId}/allowances`],
  redirectTo: (_data, input) => `/missions/${input.missionId}#mission-costs`,
});

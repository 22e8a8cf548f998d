"use server";

import { formAction } from "@/lib/actions/form-action";
import { archiveSchema } from "@/lib/records/archive";
import { createCost, setCostArchived, updateCost } from "./mutations";
import { costSchema, updateCostSchema } from "./schemas";

// The cost line forms' actions (lib/actions/form-action.ts). Saving goes back to the mission's costs.

const messages = "missions.validation";

export const createCostAction = formAction({
  caller: "records.edit",
  schema: costSchema,
  messages,
  run: createCost,
  revalidate: (input) => [`/missions/${input.missionId}`],
  redirectTo: (_data, input) => `/missions/${input.missionId}#mission-costs`,
});

export const updateCostAction = formAction({
  caller: "records.edit",
  schema: updateCostSchema,
  messages,
  run: updateCost,
  revalidate: (input) => [`/missions/${input.missionId}`],
  redirectTo: (_data, input) => `/missions/${input.missionId}#mission-costs`,
});

export const setCostArchivedAction = formAction({
  caller: "records.edit",
  schema: archiveSchema,
  messages,
  run: setCostArchived,
  revalidate: [{ path: "/missions", type: "layout" }],
});

"use server";

import { formAction } from "@/lib/actions/form-action";
import { archiveSchema } from "@/lib/records/archive";
import { createAllowanceRate, setAllowanceRateArchived, updateAllowanceRate } from "./mutations";
import { allowanceRateSchema, updateAllowanceRateSchema } from "./schemas";

// The daily allowance rate forms' actions (lib/actions/form-action.ts). Saving goes back to the list.

const messages = "reference.validation";
const list = "/admin/reference/allowance-rates";

export const createAllowanceRateAction = formAction({
  caller: "codeLists.manage",
  schema: allowanceRateSchema,
  messages,
  run: createAllowanceRate,
  revalidate: [list],
  redirectTo: () => list,
});

export const updateAllowanceRateAction = formAction({
  caller: "codeLists.manage",
  schema: updateAllowanceRateSchema,
  messages,
  run: updateAllowanceRate,
  revalidate: [{ path: list, type: "layout" }],
  redirectTo: () => list,
});

export const setAllowanceRateArchivedAction = formAction({
  caller: "codeLists.manage",
  schema: archiveSchema,
  messages,
  run: setAllowanceRateArchived,
  revalidate: [{ path: list, type: "layout" }],
});

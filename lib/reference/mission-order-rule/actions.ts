"use server";

import { formAction } from "@/lib/actions/form-action";
import { updateMissionOrderRule } from "./mutations";
import { updateMissionOrderRuleSchema } from "./schemas";

// The mission order rule form's action (lib/actions/form-action.ts). Saving stays on the page (it says so); the
// missions' pages judge their travellers with the new rule at once.

export const updateMissionOrderRuleAction = formAction({
  caller: "codeLists.manage",
  schema: updateMissionOrderRuleSchema,
  messages: "reference.validation",
  run: updateMissionOrderRule,
  revalidate: [{ path: "/", type: "layout" }],
});

"use server";

import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/action-result";
import { formAction } from "@/lib/actions/form-action";
import { formValues } from "@/lib/actions/form-input";
import { archiveSchema } from "@/lib/records/archive";
import { createJointAction, setJointActionArchived, updateJointAction } from "./mutations";
import { createJointActionSchema, updateJointActionSchema } from "./schemas";
import { findSimilarRecords, type SimilarRecord } from "./similar";

// The joint-action forms' actions (lib/actions/form-action.ts). The data layer scopes a partner
// to their organisation. Saving a form goes to the action.

/** A save held back until the user has seen the similar earlier records. */
export type JointActionFormResult =
  ActionResult | { ok: false; message: string; similar: SimilarRecord[]; values: Record<string, string> };

const messages = "jointActions.validation";
const revalidate = [{ path: "/joint-actions", type: "layout" }] as const;

export const createJointActionAction = formAction({
  caller: "jointActions.log",
  // The confirmation is not sent back: a refused form asks again.
  read: (formData) => ({ input: formValues(formData), values: formValues(formData, ["confirmSimilar"]) }),
  schema: createJointActionSchema,
  messages,
  check: async (user, input, values) => {
    if (input.confirmSimilar) return null;
    const similar = await findSimilarRecords(user, input);
    return similar.length > 0
      ? { ok: false as const, message: (await getTranslations("jointActions"))("similarFound"), similar, values }
      : null;
  },
  run: createJointAction,
  revalidate: ["/joint-actions"],
  redirectTo: ({ id }) => `/joint-actions/${id}`,
});

export const updateJointActionAction = formAction({
  caller: "jointActions.log",
  schema: updateJointActionSchema,
  messages,
  run: updateJointAction,
  revalidate,
  redirectTo: (_data, input) => `/joint-actions/${input.id}`,
});

export const setJointActionArchivedAction = formAction({
  caller: "jointActions.log",
  schema: archiveSchema,
  run: setJointActionArchived,
  revalidate,
});

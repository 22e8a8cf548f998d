"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { setArchivedSchema } from "@/lib/delegations/record-fields";
import { failedAction, formValues, invalidInput } from "@/lib/forms";
import { createJointAction, setJointActionArchived, updateJointAction } from "@/lib/joint-actions/mutations";
import { createJointActionSchema, updateJointActionSchema } from "@/lib/joint-actions/schemas";
import { findSimilarRecords, type SimilarRecord } from "@/lib/joint-actions/similar";

// Each action: parse the form, check the caller, call the data layer (which checks again, scopes a
// partner to their organisation, locks the version and audits), revalidate, then go to the action.

/** A save held back until the user has seen the similar earlier records (issue 6, coordination). */
export type JointActionFormResult = ActionResult | { ok: false; message: string; similar: SimilarRecord[]; values: Record<string, string> };

/** Like lib/forms#invalidInput, with this area's own messages (`jointActions.validation.<key>`) first. */
async function invalidJointAction(error: z.ZodError, values: Record<string, string>): Promise<ActionResult<never>> {
  const [tShared, tArea] = await Promise.all([getTranslations("validation"), getTranslations("jointActions.validation")]);
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const areaKey = issue.message as Parameters<typeof tArea>[0];
    const sharedKey = issue.message as Parameters<typeof tShared>[0];
    const message = tArea.has(areaKey) ? tArea(areaKey) : tShared.has(sharedKey) ? tShared(sharedKey) : tShared("invalid");
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return { ok: false, message: tShared("summary"), fieldErrors, values };
}

export async function createJointActionAction(_previous: JointActionFormResult | null, formData: FormData): Promise<JointActionFormResult> {
  const values = formValues(formData, ["confirmSimilar"]);
  const parsed = createJointActionSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidJointAction(parsed.error, values);
  const actor = await requireCapability("jointActions.log");
  let id: string;
  try {
    if (!parsed.data.confirmSimilar) {
      const similar = await findSimilarRecords(actor, parsed.data);
      if (similar.length > 0) return { ok: false, message: (await getTranslations("jointActions"))("similarFound"), similar, values };
    }
    ({ id } = await createJointAction(actor, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/joint-actions");
  redirect(`/joint-actions/${id}`);
}

export async function updateJointActionAction(_previous: JointActionFormResult | null, formData: FormData): Promise<JointActionFormResult> {
  const values = formValues(formData);
  const parsed = updateJointActionSchema.safeParse(values);
  if (!parsed.success) return invalidJointAction(parsed.error, values);
  const actor = await requireCapability("jointActions.log");
  try {
    await updateJointAction(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/joint-actions", "layout");
  redirect(`/joint-actions/${parsed.data.id}`);
}

export async function setJointActionArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = setArchivedSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const actor = await requireCapability("jointActions.log");
  try {
    await setJointActionArchived(actor, parsed.data);
    revalidatePath("/joint-actions", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error, values);
  }
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { createAgreement, setAgreementArchived, updateAgreement } from "@/lib/agreements/mutations";
import { agreementFormInput, agreementSchema, updateAgreementSchema } from "@/lib/agreements/schemas";
import { requireCapability } from "@/lib/auth";
import { failedAction, formValues } from "@/lib/forms";
import { invalidRecordInput } from "@/lib/reference/form-errors";
import { runArchiveAction } from "@/lib/reference/record-actions";

// parse → session → data layer (which checks again and audits) → revalidate → result.

export async function createAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = agreementSchema.safeParse(agreementFormInput(values));
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  let id: string;
  try {
    ({ id } = await createAgreement(actor, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/agreements");
  redirect(`/agreements/${id}`);
}

export async function updateAgreementAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = updateAgreementSchema.safeParse(agreementFormInput(values));
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  try {
    await updateAgreement(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/agreements", "layout");
  redirect(`/agreements/${parsed.data.id}`);
}

export async function setAgreementArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runArchiveAction(formData, { capability: "records.edit", archive: setAgreementArchived, revalidate: "/agreements" });
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { invalidRecordInput, readRecordForm } from "@/lib/delegations/form-input";
import { changeDelegationStatus, createDelegation, setDelegationArchived, updateDelegation } from "@/lib/delegations/mutations";
import { setArchivedSchema } from "@/lib/delegations/record-fields";
import { changeDelegationStatusSchema, createDelegationSchema, delegationListFields, updateDelegationSchema } from "@/lib/delegations/schemas";
import { failedAction, formValues, invalidInput } from "@/lib/forms";

// Each action: parse the form, check the caller, call the data layer (which checks again, locks
// the version and audits), revalidate, return a typed result or go to the saved record.

export async function createDelegationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const { input, values } = readRecordForm(formData, delegationListFields);
  const parsed = createDelegationSchema.safeParse(input);
  if (!parsed.success) return invalidRecordInput(parsed.error, values, "delegations");
  const actor = await requireCapability("records.edit");
  let id: string;
  try {
    ({ id } = await createDelegation(actor, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/delegations");
  redirect(`/delegations/${id}`);
}

export async function updateDelegationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const { input, values } = readRecordForm(formData, delegationListFields);
  const parsed = updateDelegationSchema.safeParse(input);
  if (!parsed.success) return invalidRecordInput(parsed.error, values, "delegations");
  const actor = await requireCapability("records.edit");
  try {
    await updateDelegation(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/delegations", "layout");
  redirect(`/delegations/${parsed.data.id}`);
}

export async function changeDelegationStatusAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = changeDelegationStatusSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  try {
    await changeDelegationStatus(actor, parsed.data);
    revalidatePath("/delegations", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function setDelegationArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = setArchivedSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  try {
    await setDelegationArchived(actor, parsed.data);
    revalidatePath("/delegations", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error, values);
  }
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { failedAction, formValues } from "@/lib/forms";
import { createPartner, setPartnerArchived, updatePartner } from "@/lib/partners/mutations";
import { partnerSchema, updatePartnerSchema } from "@/lib/partners/schemas";
import { invalidRecordInput } from "@/lib/reference/form-errors";
import { runArchiveAction } from "@/lib/reference/record-actions";

// parse → session → data layer (which checks again and audits) → revalidate → result.

export async function createPartnerAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = partnerSchema.safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("reference.edit");
  let id: string;
  try {
    ({ id } = await createPartner(actor, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/partners");
  redirect(`/partners/${id}`);
}

export async function updatePartnerAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = updatePartnerSchema.safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("reference.edit");
  try {
    await updatePartner(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/partners", "layout");
  redirect(`/partners/${parsed.data.id}`);
}

export async function setPartnerArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runArchiveAction(formData, { capability: "reference.edit", archive: setPartnerArchived, revalidate: "/partners" });
}

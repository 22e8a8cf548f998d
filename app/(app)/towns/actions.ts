"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { failedAction, formValues } from "@/lib/forms";
import { invalidRecordInput } from "@/lib/reference/form-errors";
import { runArchiveAction } from "@/lib/reference/record-actions";
import { createTown, setTownArchived, updateTown } from "@/lib/towns/mutations";
import { townSchema, updateTownSchema } from "@/lib/towns/schemas";

// parse → session → data layer (which checks again and audits) → revalidate → result.

export async function createTownAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = townSchema.safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  let id: string;
  try {
    ({ id } = await createTown(actor, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/towns");
  redirect(`/towns/${id}`);
}

export async function updateTownAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = updateTownSchema.safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  try {
    await updateTown(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/towns", "layout");
  redirect(`/towns/${parsed.data.id}`);
}

export async function setTownArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runArchiveAction(formData, { capability: "records.edit", archive: setTownArchived, revalidate: "/towns" });
}

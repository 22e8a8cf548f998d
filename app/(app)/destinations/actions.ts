"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { failedAction, formValues } from "@/lib/forms";
import { createDestination, setDestinationArchived, updateDestination } from "@/lib/reference/destinations/mutations";
import { destinationSchema, updateDestinationSchema } from "@/lib/reference/destinations/schemas";
import { invalidRecordInput } from "@/lib/reference/form-errors";
import { runArchiveAction } from "@/lib/reference/record-actions";

// parse → session → data layer (which checks again and audits) → revalidate → result.

export async function createDestinationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = destinationSchema.safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("reference.edit");
  let id: string;
  try {
    ({ id } = await createDestination(actor, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/destinations");
  redirect(`/destinations/${id}`);
}

export async function updateDestinationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = updateDestinationSchema.safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability("reference.edit");
  try {
    await updateDestination(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/destinations", "layout");
  redirect(`/destinations/${parsed.data.id}`);
}

export async function setDestinationArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runArchiveAction(formData, { capability: "reference.edit", archive: setDestinationArchived, revalidate: "/destinations" });
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { invalidRecordInput, readRecordForm } from "@/lib/delegations/form-input";
import { setArchivedSchema } from "@/lib/delegations/record-fields";
import { changeEventStatus, createEvent, setEventArchived, updateEvent } from "@/lib/events/mutations";
import { changeEventStatusSchema, createEventSchema, eventListFields, updateEventSchema } from "@/lib/events/schemas";
import { failedAction, formValues, invalidInput } from "@/lib/forms";

// Each action: parse the form, check the caller, call the data layer (which checks again, locks
// the version and audits), revalidate, return a typed result or go to the saved event.

export async function createEventAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const { input, values } = readRecordForm(formData, eventListFields);
  const parsed = createEventSchema.safeParse(input);
  if (!parsed.success) return invalidRecordInput(parsed.error, values, "events");
  const actor = await requireCapability("records.edit");
  let id: string;
  try {
    ({ id } = await createEvent(actor, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/events");
  redirect(`/events/${id}`);
}

export async function updateEventAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const { input, values } = readRecordForm(formData, eventListFields);
  const parsed = updateEventSchema.safeParse(input);
  if (!parsed.success) return invalidRecordInput(parsed.error, values, "events");
  const actor = await requireCapability("records.edit");
  try {
    await updateEvent(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/events", "layout");
  redirect(`/events/${parsed.data.id}`);
}

export async function changeEventStatusAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = changeEventStatusSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  try {
    await changeEventStatus(actor, parsed.data);
    revalidatePath("/events", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function setEventArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = setArchivedSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const actor = await requireCapability("records.edit");
  try {
    await setEventArchived(actor, parsed.data);
    revalidatePath("/events", "layout");
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error, values);
  }
}

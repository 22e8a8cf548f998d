"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { failedAction, formValues, invalidInput } from "@/lib/forms";
import { invalidMissionInput } from "@/lib/missions/form-errors";
import { missionFormValues } from "@/lib/missions/form-values";
import { archiveMission, changeMissionStatus, createMission, restoreMission, updateMission } from "@/lib/missions/mutations";
import { changeMissionStatusSchema, createMissionSchema, missionVersionSchema, updateMissionSchema } from "@/lib/missions/schemas";

// Each action: parse the form, check the caller, call the data layer (which checks again, refuses
// stale versions and audits), revalidate, return a typed result. Saving a form goes to the mission.

export async function createMissionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = missionFormValues(formData);
  const parsed = createMissionSchema.safeParse(values);
  if (!parsed.success) return invalidMissionInput(parsed.error, values);
  const user = await requireCapability("records.edit");
  let id: string;
  try {
    ({ id } = await createMission(user, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/missions");
  redirect(`/missions/${id}`);
}

export async function updateMissionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = missionFormValues(formData);
  const parsed = updateMissionSchema.safeParse(values);
  if (!parsed.success) return invalidMissionInput(parsed.error, values);
  const user = await requireCapability("records.edit");
  try {
    await updateMission(user, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/missions", "layout");
  redirect(`/missions/${parsed.data.id}`);
}

export async function changeMissionStatusAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = changeMissionStatusSchema.safeParse(values);
  if (!parsed.success) return invalidMissionInput(parsed.error, values);
  const user = await requireCapability("records.edit");
  try {
    await changeMissionStatus(user, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/missions", "layout");
  return { ok: true, data: undefined };
}

async function setArchivedAction(formData: FormData, archive: boolean): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = missionVersionSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const user = await requireCapability("records.edit");
  try {
    await (archive ? archiveMission : restoreMission)(user, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/missions", "layout");
  return { ok: true, data: undefined };
}

export async function archiveMissionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return setArchivedAction(formData, true);
}

export async function restoreMissionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return setArchivedAction(formData, false);
}

"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { failedAction, formValues, invalidInput } from "@/lib/forms";
import { changeUserRole, createUser, endUserSessionsEverywhere, resetUserPassword, setUserActive } from "@/lib/users/mutations";
import { changeRoleSchema, createUserSchema, endSessionsSchema, resetPasswordSchema, setActiveSchema } from "@/lib/users/schemas";

// Each action: parse the form, check the caller, call the data layer (which checks again and
// audits), revalidate, return a typed result.

export async function createUserAction(_previous: ActionResult<{ id: string; name: string; temporaryPassword: string }> | null, formData: FormData) {
  const values = formValues(formData);
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const admin = await requireCapability("users.manage");
  try {
    const created = await createUser(admin, parsed.data);
    revalidatePath("/admin/users");
    return { ok: true as const, data: created };
  } catch (error) {
    return failedAction(error, values);
  }
}

type SessionsEnded = { endedSessions: number };

export async function changeRoleAction(_previous: ActionResult<SessionsEnded> | null, formData: FormData): Promise<ActionResult<SessionsEnded>> {
  const values = formValues(formData);
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const admin = await requireCapability("users.manage");
  try {
    const data = await changeUserRole(admin, parsed.data);
    revalidatePath("/admin/users", "layout");
    return { ok: true, data };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function setActiveAction(_previous: ActionResult<SessionsEnded> | null, formData: FormData): Promise<ActionResult<SessionsEnded>> {
  const values = formValues(formData);
  const parsed = setActiveSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const admin = await requireCapability("users.manage");
  try {
    const data = await setUserActive(admin, parsed.data);
    revalidatePath("/admin/users", "layout");
    return { ok: true, data };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function resetPasswordAction(_previous: ActionResult<{ temporaryPassword: string }> | null, formData: FormData) {
  const values = formValues(formData);
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const admin = await requireCapability("users.manage");
  try {
    const result = await resetUserPassword(admin, parsed.data);
    revalidatePath("/admin/users", "layout");
    return { ok: true as const, data: result };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function endSessionsAction(_previous: ActionResult<SessionsEnded> | null, formData: FormData): Promise<ActionResult<SessionsEnded>> {
  const values = formValues(formData);
  const parsed = endSessionsSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const admin = await requireCapability("users.manage");
  try {
    const data = await endUserSessionsEverywhere(admin, parsed.data);
    revalidatePath("/admin/users", "layout");
    return { ok: true, data };
  } catch (error) {
    return failedAction(error, values);
  }
}

"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { failedAction, formValues, invalidInput } from "@/lib/forms";
import { changeOwnPassword, endOwnOtherSessions, type PasswordChangeOutcome } from "@/lib/users/account";

export async function changeOwnPasswordAction(_previous: ActionResult<PasswordChangeOutcome> | null, formData: FormData): Promise<ActionResult<PasswordChangeOutcome>> {
  const parsed = changePasswordSchema.safeParse(formValues(formData));
  // Passwords are never sent back to the browser, even to refill the form.
  if (!parsed.success) return invalidInput(parsed.error, {});
  const user = await requireUser({ allowPendingPasswordChange: true });
  try {
    const data = await changeOwnPassword(user, parsed.data);
    revalidatePath("/account");
    return { ok: true, data };
  } catch (error) {
    return failedAction(error);
  }
}

export async function endOwnOtherSessionsAction(): Promise<ActionResult<{ endedSessions: number }>> {
  const user = await requireUser();
  try {
    const endedSessions = await endOwnOtherSessions(user);
    revalidatePath("/account");
    return { ok: true, data: { endedSessions } };
  } catch (error) {
    return failedAction(error);
  }
}

"use server";

import type { ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { failedAction, formValues, invalidInput } from "@/lib/forms";
import { changeOwnPassword } from "@/lib/users/account";

export async function changeOwnPasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = changePasswordSchema.safeParse(formValues(formData));
  // Passwords are never sent back to the browser, even to refill the form.
  if (!parsed.success) return invalidInput(parsed.error, {});
  const user = await requireUser({ allowPendingPasswordChange: true });
  try {
    await changeOwnPassword(user, parsed.data);
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error);
  }
}

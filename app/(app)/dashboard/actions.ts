"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { closeYear, reopenYear } from "@/lib/dashboard/closures";
import { failedAction, formValues, invalidInput } from "@/lib/forms";
import { isAcceptedYear } from "@/lib/time";

const yearSchema = z.object({ year: z.coerce.number({ error: "invalid" }).refine(isAcceptedYear, { error: "invalid" }) });

export async function closeYearAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = yearSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const user = await requireCapability("years.close");
  try {
    await closeYear(user, parsed.data.year);
    revalidatePath("/dashboard");
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function reopenYearAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = yearSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const user = await requireCapability("years.reopen");
  try {
    await reopenYear(user, parsed.data.year);
    revalidatePath("/dashboard");
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error, values);
  }
}

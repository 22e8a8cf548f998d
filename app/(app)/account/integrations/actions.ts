"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { createAccessTokenSchema, revokeAccessTokenSchema } from "@/lib/api/token-schemas";
import { createAccessToken, revokeAccessToken } from "@/lib/api/tokens";
import { requireUser } from "@/lib/auth";
import { calendarFeedUrl } from "@/lib/calendar-export/site";
import { failedAction, formValues, invalidInput } from "@/lib/forms";

// Every signed-in user, partners included, manages their own tokens: the data layer only ever
// touches the caller's rows. The secret travels back once, in this answer, and is never stored.

/** What the page shows once: the token itself, or the feed's full address. */
export type CreatedSecret = { name: string; secret: string };

const integrationsPath = "/account/integrations";

export async function createApiTokenAction(_previous: ActionResult<CreatedSecret> | null, formData: FormData): Promise<ActionResult<CreatedSecret>> {
  const values = formValues(formData);
  const parsed = createAccessTokenSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const user = await requireUser();
  try {
    const { secret } = await createAccessToken(user, { kind: "API", name: parsed.data.name });
    revalidatePath(integrationsPath);
    return { ok: true, data: { name: parsed.data.name, secret } };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function createCalendarFeedAction(_previous: ActionResult<CreatedSecret> | null, formData: FormData): Promise<ActionResult<CreatedSecret>> {
  const values = formValues(formData);
  const parsed = createAccessTokenSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const user = await requireUser();
  try {
    const { secret } = await createAccessToken(user, { kind: "CALENDAR_FEED", name: parsed.data.name });
    revalidatePath(integrationsPath);
    return { ok: true, data: { name: parsed.data.name, secret: calendarFeedUrl(secret) } };
  } catch (error) {
    return failedAction(error, values);
  }
}

export async function revokeAccessTokenAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = revokeAccessTokenSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error, {});
  const user = await requireUser();
  try {
    await revokeAccessToken(user, parsed.data.id);
    revalidatePath(integrationsPath);
    return { ok: true, data: undefined };
  } catch (error) {
    return failedAction(error);
  }
}

import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action-result";

/**
 * Like lib/forms#invalidInput for the mission forms: an issue's field is its whole path
 * ("partners.1.contribution", so the form shows it next to that row), and a message may be one of
 * the missions' own keys ("missions.validation.*") as well as a shared "validation.*" one.
 */
export async function invalidMissionInput(error: z.ZodError, values: Record<string, string>): Promise<ActionResult<never>> {
  const [tShared, tMissions] = await Promise.all([getTranslations("validation"), getTranslations("missions.validation")]);
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    const missionKey = issue.message as Parameters<typeof tMissions>[0];
    const sharedKey = issue.message as Parameters<typeof tShared>[0];
    const message = tMissions.has(missionKey) ? tMissions(missionKey) : tShared.has(sharedKey) ? tShared(sharedKey) : tShared("invalid");
    const messages = (fieldErrors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return { ok: false, message: tShared("summary"), fieldErrors, values };
}

"use server";

import { formAction } from "@/lib/actions/form-action";
import { answerFollowUp } from "./mutations";
import { followUpSchema } from "./schemas";

// The follow-up answer form's action (lib/actions/form-action.ts). Staff go back to the mission's
// follow-ups, a partner user to its workspace.

export const answerFollowUpAction = formAction({
  caller: "followUps.answer",
  schema: followUpSchema,
  messages: "missions.validation",
  run: answerFollowUp,
  revalidate: (input) => [`/missions/${input.missionId}`, "/missions/follow-ups", "/workspace"],
  redirectTo: (_data, input) =>
    input.returnTo === "workspace" ? "/workspace#follow-ups" : `/missions/${input.missionId}#mission-follow-ups`,
});

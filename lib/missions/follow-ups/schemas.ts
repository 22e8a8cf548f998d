// The follow-up answer form and its actions: no server imports. Messages are keys under
// "validation" or "missions.validation".
import { z } from "zod";
import { optionalId, recordVersion, requiredId } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { checkpoints } from "./checkpoints";
import { followUpFields } from "./fields";

/**
 * An answer for one mission, checkpoint and respondent ("metropole" or a partner's id); with the
 * id and version of the answer it changes, once there is one.
 */
export const followUpSchema = formSchemaOf(followUpFields).extend({
  missionId: requiredId,
  checkpoint: z.enum(checkpoints, { error: "invalid" }),
  respondent: requiredId,
  id: optionalId,
  /** Where the form goes once saved: the mission's page (office users) or the partner's workspace. */
  returnTo: z.enum(["mission", "workspace"], { error: "invalid" }).default("mission"),
  // Empty for a first answer.
  version: z.preprocess((value) => (value === "" ? undefined : value), recordVersion.optional()),
});

export type FollowUpInput = z.output<typeof followUpSchema>;

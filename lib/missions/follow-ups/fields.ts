// A follow-up answer's fields, declared once (lib/records/fields.ts, decision 020): the form, its
// schema and what a save writes are derived from here. No zod, no server imports.
import { FollowUpVerdict } from "@/lib/generated/prisma/enums";
import { defineFields, maxLongTextLength } from "@/lib/records/fields";

export const followUpFields = defineFields({
  verdict: {
    kind: "choice",
    choices: Object.values(FollowUpVerdict),
    labels: "missions.followUps.verdicts",
    required: true,
  },
  projectsLanded: { kind: "wholeNumber", min: 0, max: 10_000, message: "countOutOfRange", required: true, half: true },
  jobsAnnounced: {
    kind: "wholeNumber",
    min: 0,
    max: 1_000_000,
    message: "countOutOfRange",
    required: true,
    half: true,
  },
  agreementsSigned: {
    kind: "wholeNumber",
    min: 0,
    max: 10_000,
    message: "countOutOfRange",
    required: true,
    half: true,
  },
  notes: { kind: "longText", max: maxLongTextLength },
});

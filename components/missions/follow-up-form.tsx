"use client";

import { useTranslations } from "next-intl";
import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { answerFollowUpAction } from "@/lib/missions/follow-ups/actions";
import { followUpFields } from "@/lib/missions/follow-ups/fields";

/**
 * Answers one follow-up of a mission (decision 020), or changes the answer (`initial` then holds
 * its values with its id and version). `slot`: the mission, checkpoint and respondent it answers.
 */
export function FollowUpForm({
  slot,
  initial,
}: {
  slot: { missionId: string; checkpoint: string; respondent: string; returnTo: "mission" | "workspace" };
  initial?: Record<string, string>;
}) {
  const t = useTranslations("missions.followUps");
  return (
    <DeclaredRecordForm
      namespace="missions.followUps"
      fields={followUpFields}
      create={answerFollowUpAction}
      update={answerFollowUpAction}
      initial={initial ?? { verdict: "TOO_EARLY", projectsLanded: "0", jobsAnnounced: "0", agreementsSigned: "0" }}
      hidden={slot}
      submit={{ label: t("save"), pendingLabel: t("saving") }}
    />
  );
}

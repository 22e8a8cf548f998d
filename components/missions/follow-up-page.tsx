import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import type { ActingUser } from "@/lib/auth";
import { getFollowUpSlot } from "@/lib/missions/follow-ups/queries";
import { FollowUpForm } from "./follow-up-form";

/**
 * The page answering one follow-up (decision 020), from the mission (staff) or the workspace (a
 * partner user): not found when the slot is not the user's to answer or not asked yet.
 */
export async function FollowUpPage({
  user,
  missionId,
  checkpoint,
  respondent,
  back,
}: {
  user: ActingUser;
  missionId: string;
  checkpoint: string;
  respondent: string;
  back: { href: string; label: string; returnTo: "mission" | "workspace" };
}) {
  const [slot, t, format] = await Promise.all([
    getFollowUpSlot(user, missionId, checkpoint, respondent),
    getTranslations("missions.followUps"),
    getFormatter(),
  ]);
  if (!slot || slot.state === "upcoming") notFound();
  const answer = slot.answer;
  return (
    <SubPage
      back={{ href: back.href, label: back.label }}
      title={t("formTitle", {
        checkpoint: t(`checkpoints.${slot.checkpoint}`),
        respondent: slot.partnerName ?? t("department"),
      })}
      description={`${slot.missionTitle} — ${t("dueOn", { day: format.dateTime(new Date(`${slot.dueDay}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}`}
    >
      <p className="mb-4 max-w-prose text-sm text-slate-700">{t("formIntro")}</p>
      <FollowUpForm
        slot={{ missionId, checkpoint: slot.checkpoint, respondent: slot.respondent, returnTo: back.returnTo }}
        {...(answer
          ? {
              initial: {
                id: answer.id,
                version: String(answer.version),
                verdict: answer.verdict,
                projectsLanded: String(answer.projectsLanded),
                jobsAnnounced: String(answer.jobsAnnounced),
                agreementsSigned: String(answer.agreementsSigned),
                notes: answer.notes,
              },
            }
          : {})}
      />
    </SubPage>
  );
}

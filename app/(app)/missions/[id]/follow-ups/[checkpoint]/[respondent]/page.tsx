import { getTranslations } from "next-intl/server";
import { FollowUpPage } from "@/components/missions/follow-up-page";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.followUps"))("title") };
}

/** Staff answer a follow-up for the department, or record a partner's answer for it. */
export default async function MissionFollowUpPage({
  params,
}: PageProps<"/missions/[id]/follow-ups/[checkpoint]/[respondent]">) {
  const user = await requireCapability("records.edit");
  const { id, checkpoint, respondent } = await params;
  const t = await getTranslations("missions");
  return (
    <FollowUpPage
      user={user}
      missionId={id}
      checkpoint={checkpoint}
      respondent={respondent}
      back={{ href: `/missions/${id}#mission-follow-ups`, label: t("backToMission"), returnTo: "mission" }}
    />
  );
}

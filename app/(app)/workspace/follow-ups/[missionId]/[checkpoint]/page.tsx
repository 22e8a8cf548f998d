import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FollowUpPage } from "@/components/missions/follow-up-page";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.followUps"))("title") };
}

/** A partner user answers a follow-up for its own organisation. */
export default async function WorkspaceFollowUpPage({
  params,
}: PageProps<"/workspace/follow-ups/[missionId]/[checkpoint]">) {
  const user = await requireCapability("workspace.open");
  if (!user.partnerId) forbidden();
  const { missionId, checkpoint } = await params;
  const t = await getTranslations("workspace");
  return (
    <FollowUpPage
      user={user}
      missionId={missionId}
      checkpoint={checkpoint}
      respondent={user.partnerId}
      back={{ href: "/workspace#follow-ups", label: t("backToWorkspace"), returnTo: "workspace" }}
    />
  );
}

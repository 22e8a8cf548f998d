import { getTranslations } from "next-intl/server";
import { FollowUpTable } from "@/components/missions/mission-follow-ups";
import type { ActingUser } from "@/lib/auth";
import { answerHrefFor } from "@/lib/missions/follow-ups/links";
import type { FollowUpSlot } from "@/lib/missions/follow-ups/queries";
import { WorkspaceSection } from "./workspace-section";

/** What the Métropole asks the partner about the missions it took part in, 3, 6 and 12 months on (decision 020). */
export async function WorkspaceFollowUps({ user, pending }: { user: ActingUser; pending: FollowUpSlot[] }) {
  const t = await getTranslations("workspace");
  return (
    <div id="follow-ups">
      <WorkspaceSection
        id="workspace-follow-ups"
        title={t("followUpsTitle")}
        emptyText={t("followUpsEmpty")}
        isEmpty={pending.length === 0}
        note={t("followUpsNote")}
      >
        <FollowUpTable slots={pending} answerHref={answerHrefFor(user)} showMission />
      </WorkspaceSection>
    </div>
  );
}

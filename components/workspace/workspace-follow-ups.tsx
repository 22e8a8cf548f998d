import { getTranslations } from "next-intl/server";
import { FollowUpTable } from "@/components/missions/mission-follow-ups";
import type { ActingUser } from "@/lib/auth";
import { answerHrefFor } from "@/lib/missions/follow-ups/links";
import type { FollowUpSlot } from "@/lib/missions/follow-ups/queries";
import { workspaceSectionLimit } from "@/lib/workspace/types";
import { WorkspaceSection } from "./workspace-section";

/**
 * What the Métropole asks the partner about the missions it took part in, 3, 6 and 12 months on
 * (decision 020): the oldest first, as many as the workspace's other sections show.
 */
export async function WorkspaceFollowUps({ user, pending }: { user: ActingUser; pending: FollowUpSlot[] }) {
  const t = await getTranslations("workspace");
  return (
    <div id="follow-ups">
      <WorkspaceSection
        id="workspace-follow-ups"
        title={t("followUpsTitle")}
        emptyText={t("followUpsEmpty")}
        isEmpty={pending.length === 0}
        note={
          pending.length > workspaceSectionLimit
            ? `${t("followUpsMore", { count: pending.length - workspaceSectionLimit })} ${t("followUpsNote")}`
            : t("followUpsNote")
        }
      >
        <FollowUpTable slots={pending.slice(0, workspaceSectionLimit)} answerHref={answerHrefFor(user)} showMission />
      </WorkspaceSection>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { PageHeader } from "@/components/ui/page-header";
import { WorkspaceFollowUps } from "@/components/workspace/workspace-follow-ups";
import { WorkspaceJointActions } from "@/components/workspace/workspace-joint-actions";
import { WorkspaceDelegations, WorkspaceEvents, WorkspaceMissions } from "@/components/workspace/workspace-records";
import { WorkspaceSummaryCard } from "@/components/workspace/workspace-summary";
import { requireCapability } from "@/lib/auth";
import { listPendingFollowUps } from "@/lib/missions/follow-ups/queries";
import { getWorkspace } from "@/lib/workspace/queries";

export const generateMetadata = () => areaMetadata("workspace");

/** A partner user's home: their organisation's year, records and joint actions (decision 005). */
export default async function WorkspacePage() {
  const user = await requireCapability("workspace.open");
  const [t, workspace, followUps] = await Promise.all([
    getTranslations("workspace"),
    getWorkspace(user),
    listPendingFollowUps(user),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { partner: workspace.partner.name })} />
      <div className="flex flex-col gap-6">
        <WorkspaceSummaryCard summary={workspace.summary} />
        <WorkspaceFollowUps user={user} pending={followUps} />
        <WorkspaceJointActions actions={workspace.jointActions} />
        <div className="grid gap-6 xl:grid-cols-2">
          <WorkspaceMissions missions={workspace.missions} />
          <div className="flex flex-col gap-6">
            <WorkspaceDelegations delegations={workspace.delegations} />
            <WorkspaceEvents events={workspace.events} />
          </div>
        </div>
      </div>
    </>
  );
}

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
import { YearPicker } from "@/components/ui/year-picker";
import { parseDashboardYear } from "@/lib/dashboard/definitions";
import { recordedYears } from "@/lib/dashboard/opening-year";
import { parisYear } from "@/lib/time";

export const generateMetadata = () => areaMetadata("workspace");

/** A partner user's home: their organisation's year (any year by `?year=`), records and joint actions (decision 005). */
export default async function WorkspacePage({ searchParams }: PageProps<"/workspace">) {
  const user = await requireCapability("workspace.open");
  const currentYear = parisYear(new Date());
  const asked = parseDashboardYear((await searchParams).year, currentYear);
  const year = asked === "invalid" ? currentYear : asked;
  const [t, tPicker, workspace, followUps, recorded] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("yearPicker"),
    getWorkspace(user, { year }),
    listPendingFollowUps(user),
    recordedYears(),
  ]);
  const first = Math.min(recorded?.first ?? year, year);
  const last = Math.max(recorded?.last ?? year, year, currentYear);
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { partner: workspace.partner.name })} />
      <div className="flex flex-col gap-6">
        {asked === "invalid" ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            {tPicker("invalid", { year })}
          </p>
        ) : null}
        <WorkspaceSummaryCard summary={workspace.summary}>
          <YearPicker year={year} years={years} path="/workspace" currentYear={currentYear} />
        </WorkspaceSummaryCard>
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

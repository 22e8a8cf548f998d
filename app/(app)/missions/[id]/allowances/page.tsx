import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MissionAllowancesView } from "@/components/missions/mission-allowances";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { getMissionAllowances } from "@/lib/missions/allowances/queries";
import { isAwaitingApproval } from "@/lib/missions/status";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.allowances"))("title") };
}

export default async function MissionAllowancesPage({ params }: PageProps<"/missions/[id]/allowances">) {
  const user = await requireCapability("records.read");
  const { id } = await params;
  const [read, t, tMissions] = await Promise.all([
    getMissionAllowances(user, id),
    getTranslations("missions.allowances"),
    getTranslations("missions"),
  ]);
  if (!read) notFound();
  return (
    <SubPage
      back={{ href: `/missions/${id}#mission-costs`, label: tMissions("backToMission") }}
      title={t("title")}
      description={`${read.mission.title} — ${t("description")}`}
    >
      <MissionAllowancesView
        read={read}
        canEdit={can(user, "records.edit") && !isAwaitingApproval(read.mission.status)}
        canKeepRates={can(user, "codeLists.manage")}
      />
    </SubPage>
  );
}

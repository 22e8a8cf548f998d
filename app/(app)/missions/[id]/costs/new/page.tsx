import { getTranslations } from "next-intl/server";
import { CostForm } from "@/components/missions/cost-form";
import { MissionPartPage } from "@/components/missions/mission-part-page";
import { requireCapability } from "@/lib/auth";
import { payersOf } from "@/lib/missions/costs/payers";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.costs"))("addTitle") };
}

export default async function NewCostPage({ params }: PageProps<"/missions/[id]/costs/new">) {
  const user = await requireCapability("records.edit");
  const { id } = await params;
  const t = await getTranslations("missions.costs");
  return (
    <MissionPartPage user={user} missionId={id} section="mission-costs" title={t("addTitle")}>
      {(mission) => (
        <CostForm missionId={id} partners={payersOf(mission.partners)} initial={{ category: "TRANSPORT" }} />
      )}
    </MissionPartPage>
  );
}

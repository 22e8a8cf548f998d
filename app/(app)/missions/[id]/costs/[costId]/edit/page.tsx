import { getTranslations } from "next-intl/server";
import { CostForm } from "@/components/missions/cost-form";
import { MissionPartPage } from "@/components/missions/mission-part-page";
import { requireCapability } from "@/lib/auth";
import { costFields } from "@/lib/missions/costs/fields";
import { payersOf } from "@/lib/missions/costs/payers";
import { getCost } from "@/lib/missions/costs/queries";
import { editFormValuesOf } from "@/lib/records/form-schema";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.costs"))("editTitle") };
}

export default async function EditCostPage({ params }: PageProps<"/missions/[id]/costs/[costId]/edit">) {
  const user = await requireCapability("records.edit");
  const { id, costId } = await params;
  const [cost, t] = await Promise.all([getCost(user, id, costId), getTranslations("missions.costs")]);
  return (
    <MissionPartPage user={user} missionId={id} section="mission-costs" title={t("editTitle")} part={cost}>
      {(mission) =>
        cost ? (
          <CostForm missionId={id} partners={payersOf(mission.partners)} initial={editFormValuesOf(costFields, cost)} />
        ) : null
      }
    </MissionPartPage>
  );
}

import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CostForm } from "@/components/missions/cost-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { costFields } from "@/lib/missions/costs/fields";
import { payersOf } from "@/lib/missions/costs/payers";
import { getCost } from "@/lib/missions/costs/queries";
import { getMission } from "@/lib/missions/queries";
import { editFormValuesOf } from "@/lib/records/form-schema";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.costs"))("editTitle") };
}

export default async function EditCostPage({ params }: PageProps<"/missions/[id]/costs/[costId]/edit">) {
  const user = await requireCapability("records.edit");
  const { id, costId } = await params;
  const [mission, cost, t] = await Promise.all([
    getMission(user, id),
    getCost(user, id, costId),
    getTranslations("missions"),
  ]);
  if (!mission || !cost) notFound();
  // Archived missions and removed lines are read-only until restored.
  if (mission.archivedAt || cost.archivedAt) redirect(`/missions/${id}#mission-costs`);
  return (
    <SubPage
      back={{ href: `/missions/${id}#mission-costs`, label: t("backToMission") }}
      title={t("costs.editTitle")}
      description={mission.title}
    >
      <CostForm missionId={id} partners={payersOf(mission.partners)} initial={editFormValuesOf(costFields, cost)} />
    </SubPage>
  );
}

import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CostForm } from "@/components/missions/cost-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { payersOf } from "@/lib/missions/costs/payers";
import { getMission } from "@/lib/missions/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.costs"))("addTitle") };
}

export default async function NewCostPage({ params }: PageProps<"/missions/[id]/costs/new">) {
  const user = await requireCapability("records.edit");
  const { id } = await params;
  const [mission, t] = await Promise.all([getMission(user, id), getTranslations("missions")]);
  if (!mission) notFound();
  // Archived missions are read-only until restored.
  if (mission.archivedAt) redirect(`/missions/${id}`);
  return (
    <SubPage
      back={{ href: `/missions/${id}#mission-costs`, label: t("backToMission") }}
      title={t("costs.addTitle")}
      description={mission.title}
    >
      <CostForm missionId={id} partners={payersOf(mission.partners)} initial={{ category: "TRANSPORT" }} />
    </SubPage>
  );
}

import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TravellerForm } from "@/components/missions/traveller-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { getMission } from "@/lib/missions/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.travellers"))("addTitle") };
}

export default async function NewTravellerPage({ params }: PageProps<"/missions/[id]/travellers/new">) {
  const user = await requireCapability("records.edit");
  const { id } = await params;
  const [mission, t] = await Promise.all([getMission(user, id), getTranslations("missions")]);
  if (!mission) notFound();
  // Archived missions are read-only until restored.
  if (mission.archivedAt) redirect(`/missions/${id}`);
  return (
    <SubPage
      back={{ href: `/missions/${id}#mission-travellers`, label: t("backToMission") }}
      title={t("travellers.addTitle")}
      description={mission.title}
    >
      <TravellerForm missionId={id} initial={{ kind: "STAFF" }} />
    </SubPage>
  );
}

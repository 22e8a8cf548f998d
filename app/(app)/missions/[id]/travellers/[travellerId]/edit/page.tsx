import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TravellerForm } from "@/components/missions/traveller-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { getMission } from "@/lib/missions/queries";
import { travellerFields } from "@/lib/missions/travellers/fields";
import { getTraveller } from "@/lib/missions/travellers/queries";
import { editFormValuesOf } from "@/lib/records/form-schema";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.travellers"))("editTitle") };
}

export default async function EditTravellerPage({ params }: PageProps<"/missions/[id]/travellers/[travellerId]/edit">) {
  const user = await requireCapability("records.edit");
  const { id, travellerId } = await params;
  const [mission, traveller, t] = await Promise.all([
    getMission(user, id),
    getTraveller(user, id, travellerId),
    getTranslations("missions"),
  ]);
  if (!mission || !traveller) notFound();
  // Archived missions and removed travellers are read-only until restored.
  if (mission.archivedAt || traveller.archivedAt) redirect(`/missions/${id}#mission-travellers`);
  return (
    <SubPage
      back={{ href: `/missions/${id}#mission-travellers`, label: t("backToMission") }}
      title={t("travellers.editTitle")}
      description={`${traveller.name} — ${mission.title}`}
    >
      <TravellerForm missionId={id} initial={editFormValuesOf(travellerFields, traveller)} />
    </SubPage>
  );
}

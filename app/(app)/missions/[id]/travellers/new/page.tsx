import { getTranslations } from "next-intl/server";
import { MissionPartPage } from "@/components/missions/mission-part-page";
import { TravellerForm } from "@/components/missions/traveller-form";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.travellers"))("addTitle") };
}

export default async function NewTravellerPage({ params }: PageProps<"/missions/[id]/travellers/new">) {
  const user = await requireCapability("records.edit");
  const { id } = await params;
  const t = await getTranslations("missions.travellers");
  return (
    <MissionPartPage user={user} missionId={id} section="mission-travellers" title={t("addTitle")}>
      {() => <TravellerForm missionId={id} initial={{ kind: "STAFF" }} />}
    </MissionPartPage>
  );
}

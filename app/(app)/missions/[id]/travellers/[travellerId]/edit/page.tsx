import { getTranslations } from "next-intl/server";
import { MissionPartPage } from "@/components/missions/mission-part-page";
import { TravellerForm } from "@/components/missions/traveller-form";
import { requireCapability } from "@/lib/auth";
import { travellerFields } from "@/lib/missions/travellers/fields";
import { getTraveller } from "@/lib/missions/travellers/queries";
import { editFormValuesOf } from "@/lib/records/form-schema";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.travellers"))("editTitle") };
}

export default async function EditTravellerPage({ params }: PageProps<"/missions/[id]/travellers/[travellerId]/edit">) {
  const user = await requireCapability("records.edit");
  const { id, travellerId } = await params;
  const [traveller, t] = await Promise.all([
    getTraveller(user, id, travellerId),
    getTranslations("missions.travellers"),
  ]);
  return (
    <MissionPartPage
      user={user}
      missionId={id}
      section="mission-travellers"
      title={traveller ? `${t("editTitle")} — ${traveller.name}` : t("editTitle")}
      part={traveller}
    >
      {() =>
        traveller ? <TravellerForm missionId={id} initial={editFormValuesOf(travellerFields, traveller)} /> : null
      }
    </MissionPartPage>
  );
}

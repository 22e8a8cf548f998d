import { getTranslations } from "next-intl/server";
import { MissionForm } from "@/components/missions/mission-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { missionFormOptions } from "@/lib/missions/form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("missions"))("createTitle") };
}

// Module scope: the same empty values on every render, so the form's rows are not reset.
const noValues: Record<string, string> = {};

export default async function NewMissionPage() {
  const user = await requireCapability("records.edit");
  const [t, options] = await Promise.all([getTranslations("missions"), missionFormOptions(user)]);
  return (
    <SubPage back={{ href: "/missions", label: t("back") }} title={t("createTitle")}>
      <MissionForm mode="create" initialValues={noValues} options={options} cancelHref="/missions" />
    </SubPage>
  );
}

import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { TownForm } from "@/components/towns/town-form";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("towns"))("createTitle") };
}

export default async function NewTownPage() {
  await requireCapability("records.edit");
  const t = await getTranslations("towns");
  return (
    <SubPage back={{ href: "/towns", label: t("back") }} title={t("createTitle")}>
      <TownForm />
    </SubPage>
  );
}

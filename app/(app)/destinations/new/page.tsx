import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { DestinationForm } from "@/components/reference/destination-form";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.destinations"))("createTitle") };
}

export default async function NewDestinationPage() {
  await requireCapability("reference.edit");
  const t = await getTranslations("reference.destinations");
  return (
    <SubPage back={{ href: "/destinations", label: t("back") }} title={t("createTitle")}>
      <DestinationForm />
    </SubPage>
  );
}

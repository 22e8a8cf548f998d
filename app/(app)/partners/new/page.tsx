import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/partners/partner-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.partners"))("createTitle") };
}

export default async function NewPartnerPage() {
  await requireCapability("reference.edit");
  const t = await getTranslations("reference.partners");
  return (
    <SubPage back={{ href: "/partners", label: t("back") }} title={t("createTitle")}>
      <PartnerForm />
    </SubPage>
  );
}

import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/partners/partner-form";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.partners"))("createTitle") };
}

export default async function NewPartnerPage() {
  await requireCapability("reference.edit");
  const t = await getTranslations("reference.partners");
  return (
    <>
      <BackLink href="/partners" label={t("back")} />
      <PageHeader title={t("createTitle")} />
      <PartnerForm />
    </>
  );
}

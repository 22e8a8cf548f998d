import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("agreements"))("createTitle") };
}

export default async function NewAgreementPage() {
  await requireCapability("records.edit");
  const t = await getTranslations("agreements");
  return (
    <>
      <BackLink href="/agreements" label={t("back")} />
      <PageHeader title={t("createTitle")} />
      <AgreementForm destination={null} mission={null} />
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("agreements"))("createTitle") };
}

export default async function NewAgreementPage() {
  await requireCapability("records.edit");
  const t = await getTranslations("agreements");
  return (
    <SubPage back={{ href: "/agreements", label: t("back") }} title={t("createTitle")}>
      <AgreementForm destination={null} mission={null} />
    </SubPage>
  );
}

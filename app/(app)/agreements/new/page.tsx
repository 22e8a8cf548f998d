import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { listMissionOptions } from "@/lib/agreements/queries";
import { requireRole } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("agreements"))("createTitle") };
}

export default async function NewAgreementPage() {
  const user = await requireRole("ADMIN", "STAFF");
  const [t, missions] = await Promise.all([getTranslations("agreements"), listMissionOptions(user)]);
  return (
    <>
      <BackLink href="/agreements" label={t("back")} />
      <PageHeader title={t("createTitle")} />
      <AgreementForm destination={null} missions={missions} />
    </>
  );
}

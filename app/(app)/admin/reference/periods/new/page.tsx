import { getTranslations } from "next-intl/server";
import { PeriodForm } from "@/components/reference/period-form";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.periods"))("new") };
}

export default async function NewPeriodPage() {
  await requireCapability("codeLists.manage");
  const t = await getTranslations("reference.periods");
  return (
    <>
      <BackLink href="/admin/reference/periods" label={t("back")} />
      <PageHeader title={t("new")} />
      <PeriodForm />
    </>
  );
}

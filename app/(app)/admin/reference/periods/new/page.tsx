import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { PeriodForm } from "@/components/reference/period-form";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.periods"))("new") };
}

export default async function NewPeriodPage() {
  await requireCapability("codeLists.manage");
  const t = await getTranslations("reference.periods");
  return (
    <SubPage back={{ href: "/admin/reference/periods", label: t("back") }} title={t("new")}>
      <PeriodForm />
    </SubPage>
  );
}

import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { AllowanceRateForm } from "@/components/reference/allowance-rate-form";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.allowanceRates"))("new") };
}

export default async function NewAllowanceRatePage() {
  await requireCapability("codeLists.manage");
  const t = await getTranslations("reference.allowanceRates");
  return (
    <SubPage back={{ href: "/admin/reference/allowance-rates", label: t("back") }} title={t("new")}>
      <AllowanceRateForm />
    </SubPage>
  );
}

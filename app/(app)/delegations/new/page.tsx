import { getTranslations } from "next-intl/server";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { delegationFormOptions } from "@/lib/delegations/form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("delegations"))("createTitle") };
}

export default async function NewDelegationPage() {
  const user = await requireCapability("records.edit");
  const [t, options] = await Promise.all([getTranslations("delegations"), delegationFormOptions(user)]);
  return (
    <SubPage back={{ href: "/delegations", label: t("back") }} title={t("createTitle")}>
      <DelegationForm options={options} cancelHref="/delegations" />
    </SubPage>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { delegationFormOptions } from "@/lib/delegations/form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("delegations"))("createTitle") };
}

export default async function NewDelegationPage() {
  const user = await requireCapability("records.edit");
  const [t, options] = await Promise.all([getTranslations("delegations"), delegationFormOptions(user)]);
  return (
    <>
      <Link href="/delegations" className="mb-4 inline-block text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("createTitle")} />
      <DelegationForm options={options} cancelHref="/delegations" />
    </>
  );
}

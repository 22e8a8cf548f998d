import { getTranslations } from "next-intl/server";
import { DestinationForm } from "@/components/reference/destination-form";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.destinations"))("createTitle") };
}

export default async function NewDestinationPage() {
  await requireCapability("reference.edit");
  const t = await getTranslations("reference.destinations");
  return (
    <>
      <BackLink href="/destinations" label={t("back")} />
      <PageHeader title={t("createTitle")} />
      <DestinationForm />
    </>
  );
}

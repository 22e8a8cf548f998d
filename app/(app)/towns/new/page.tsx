import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/reference/record-parts";
import { TownForm } from "@/components/towns/town-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("towns"))("createTitle") };
}

export default async function NewTownPage() {
  await requireCapability("records.edit");
  const t = await getTranslations("towns");
  return (
    <>
      <BackLink href="/towns" label={t("back")} />
      <PageHeader title={t("createTitle")} />
      <TownForm />
    </>
  );
}

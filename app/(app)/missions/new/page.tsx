import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MissionForm } from "@/components/missions/mission-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth";
import { listDestinationOptions, listObjectiveOptions, listPartnerOptions, listSectorOptions } from "@/lib/reference/options";

export async function generateMetadata() {
  return { title: (await getTranslations("missions"))("createTitle") };
}

// Module scope: the same empty values on every render, so the form's rows are not reset.
const noValues: Record<string, string> = {};

export default async function NewMissionPage() {
  const user = await requireRole("ADMIN", "STAFF");
  const [t, destinations, sectors, objectives, partners] = await Promise.all([
    getTranslations("missions"), listDestinationOptions(), listSectorOptions(user.locale), listObjectiveOptions(user.locale), listPartnerOptions(),
  ]);
  return (
    <>
      <Link href="/missions" className="mb-4 inline-block text-sm text-brand-700 underline">{t("back")}</Link>
      <PageHeader title={t("createTitle")} />
      <MissionForm mode="create" initialValues={noValues} options={{ destinations, sectors, objectives, partners }} cancelHref="/missions" />
    </>
  );
}

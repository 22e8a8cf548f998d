import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MissionForm } from "@/components/missions/mission-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth";
import { missionFormDefaults } from "@/lib/missions/form-defaults";
import { getMission } from "@/lib/missions/queries";
import { listDestinationOptions, listObjectiveOptions, listPartnerOptions, listSectorOptions } from "@/lib/reference/options";

export async function generateMetadata() {
  return { title: (await getTranslations("records"))("edit") };
}

export default async function EditMissionPage({ params }: PageProps<"/missions/[id]/edit">) {
  const user = await requireRole("ADMIN", "STAFF");
  const { id } = await params;
  const [mission, t, tRecords] = await Promise.all([getMission(user, id), getTranslations("missions"), getTranslations("records")]);
  if (!mission) notFound();
  const back = <Link href={`/missions/${mission.id}`} className="mb-4 inline-block text-sm text-brand-700 underline">{t("backToMission")}</Link>;
  if (mission.archivedAt) {
    // Archived missions are read-only until restored.
    return (
      <>
        {back}
        <PageHeader title={mission.title} />
        <p role="status" className="max-w-prose rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">{tRecords("archivedNotice")}</p>
      </>
    );
  }
  // Existing links stay choosable even if their target was archived since.
  const [destinations, sectors, objectives, partners] = await Promise.all([
    listDestinationOptions(mission.destinations.map((item) => item.id)),
    listSectorOptions(user.locale, mission.sectors.map((item) => item.id)),
    listObjectiveOptions(user.locale, mission.objectives.map((item) => item.id)),
    listPartnerOptions(mission.partners.map((item) => item.partnerId)),
  ]);
  return (
    <>
      {back}
      <PageHeader title={t("editTitle", { title: mission.title })} />
      <MissionForm mode="edit" initialValues={missionFormDefaults(mission)} options={{ destinations, sectors, objectives, partners }} cancelHref={`/missions/${mission.id}`} />
    </>
  );
}

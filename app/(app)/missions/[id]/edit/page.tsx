import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MissionForm } from "@/components/missions/mission-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { missionFormDefaults } from "@/lib/missions/form-defaults";
import { missionFormOptions } from "@/lib/missions/form-options";
import { getMission } from "@/lib/missions/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("records"))("edit") };
}

export default async function EditMissionPage({ params }: PageProps<"/missions/[id]/edit">) {
  const user = await requireCapability("records.edit");
  const { id } = await params;
  const [mission, t, tRecords] = await Promise.all([
    getMission(user, id),
    getTranslations("missions"),
    getTranslations("records"),
  ]);
  if (!mission) notFound();
  const back = (
    <Link href={`/missions/${mission.id}`} className="mb-4 inline-block text-sm text-brand-700 underline">
      {t("backToMission")}
    </Link>
  );
  if (mission.archivedAt) {
    // Archived missions are read-only until restored.
    return (
      <>
        {back}
        <PageHeader title={mission.title} />
        <p
          role="status"
          className="max-w-prose rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
        >
          {tRecords("archivedNotice")}
        </p>
      </>
    );
  }
  // Existing links stay shown even if their target was archived since.
  const options = await missionFormOptions(user, mission);
  return (
    <>
      {back}
      <PageHeader title={t("editTitle", { title: mission.title })} />
      <MissionForm
        mode="edit"
        initialValues={missionFormDefaults(mission)}
        options={options}
        cancelHref={`/missions/${mission.id}`}
      />
    </>
  );
}

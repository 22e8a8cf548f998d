import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MissionForm } from "@/components/missions/mission-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { missionFormDefaults } from "@/lib/missions/form-defaults";
import { missionFormOptions } from "@/lib/missions/form-options";
import { getMission } from "@/lib/missions/queries";
import { isAwaitingApproval } from "@/lib/missions/status";

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
  const back = { href: `/missions/${mission.id}`, label: t("backToMission") };
  // Archived missions are read-only until restored; submitted ones until a manager approves or returns them.
  const readOnlyBecause = mission.archivedAt
    ? tRecords("archivedNotice")
    : isAwaitingApproval(mission.status)
      ? t("detail.awaitingApproval")
      : null;
  if (readOnlyBecause)
    return (
      <SubPage back={back} title={mission.title}>
        <p
          role="status"
          className="max-w-prose rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
        >
          {readOnlyBecause}
        </p>
      </SubPage>
    );
  // Existing links stay shown even if their target was archived since.
  const options = await missionFormOptions(user, mission);
  return (
    <SubPage back={back} title={t("editTitle", { title: mission.title })}>
      <MissionForm
        mode="edit"
        initialValues={missionFormDefaults(mission)}
        options={options}
        cancelHref={`/missions/${mission.id}`}
      />
    </SubPage>
  );
}

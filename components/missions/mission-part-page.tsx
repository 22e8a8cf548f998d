import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import type { ActingUser } from "@/lib/auth";
import { getMission, type MissionDetail } from "@/lib/missions/queries";
import { isAwaitingApproval } from "@/lib/missions/status";

/**
 * The page of a form on one of a mission's parts (a traveller, a cost line): the mission, or not
 * found; back to the mission's section when the mission is archived or the part removed (both
 * read-only until restored) or when the mission awaits approval; the way back and the title.
 */
export async function MissionPartPage({
  user,
  missionId,
  section,
  title,
  part,
  children,
}: {
  user: ActingUser;
  missionId: string;
  /** The section of the mission's page the part is in ("mission-costs"). */
  section: string;
  title: string;
  /** The part edited, once loaded (null: not there); absent when adding one. */
  part?: { archivedAt: Date | null } | null;
  children: (mission: MissionDetail) => ReactNode;
}) {
  const [mission, t] = await Promise.all([getMission(user, missionId), getTranslations("missions")]);
  if (!mission || part === null) notFound();
  const back = `/missions/${missionId}#${section}`;
  // Read-only until restored, or while a manager decides on the mission.
  if (mission.archivedAt || part?.archivedAt || isAwaitingApproval(mission.status)) redirect(back);
  return (
    <SubPage back={{ href: back, label: t("backToMission") }} title={title} description={mission.title}>
      {children(mission)}
    </SubPage>
  );
}

import { archiveMissionAction, restoreMissionAction } from "@/lib/missions/actions";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddToCalendarLink } from "@/components/calendar-export/add-to-calendar-link";
import { ArchiveControl } from "@/components/ui/archive-control";
import { MissionOutcomes } from "@/components/missions/mission-outcomes";
import { MissionOverview } from "@/components/missions/mission-overview";
import { MissionPartnersTable } from "@/components/missions/mission-partners-table";
import { MissionAgenda, MissionParticipants } from "@/components/missions/mission-people-and-agenda";
import { MissionStatusControl } from "@/components/missions/mission-status-control";
import { MissionSteps } from "@/components/missions/mission-steps";
import { FollowUpTable } from "@/components/missions/mission-follow-ups";
import { MissionCosts } from "@/components/missions/mission-costs";
import { MissionTravellers } from "@/components/missions/mission-travellers";
import { SectionCard } from "@/components/missions/section-card";
import { MissionStatusBadge } from "@/components/missions/status-badge";
import { requireUser } from "@/lib/auth";
import { getMission } from "@/lib/missions/queries";
import { listMissionSteps } from "@/lib/missions/approval-queries";
import { listCosts } from "@/lib/missions/costs/queries";
import { missingAuthority } from "@/lib/missions/travellers/authority";
import { currentAuthorities, listTravellers } from "@/lib/missions/travellers/queries";
import { answerHrefFor } from "@/lib/missions/follow-ups/links";
import { getMissionFollowUps } from "@/lib/missions/follow-ups/queries";
import { availableSteps, isAwaitingApproval } from "@/lib/missions/status";
import { can } from "@/lib/policy";
import { getMissionOrderRule } from "@/lib/reference/mission-order-rule/queries";
import { dayOf, parisDay } from "@/lib/time";

// One query per request for the title and the page (React cache).
const loadMission = cache(async (id: string) => getMission(await requireUser(), id));

export async function generateMetadata({ params }: PageProps<"/missions/[id]">) {
  const mission = await loadMission((await params).id);
  return { title: mission?.title ?? (await getTranslations("areas.missions"))("title") };
}

// Partner users may open the missions their organisation takes part in (getMission scopes them;
// any other mission is "not found"), read-only.
export default async function MissionPage({ params }: PageProps<"/missions/[id]">) {
  const user = await requireUser();
  const { id } = await params;
  const [mission, t, tRecords, format, steps, travellers, costs, followUps, orderRule] = await Promise.all([
    loadMission(id),
    getTranslations("missions"),
    getTranslations("records"),
    getFormatter(),
    listMissionSteps(user, id),
    listTravellers(user, id),
    listCosts(user, id),
    getMissionFollowUps(user, id),
    getMissionOrderRule(),
  ]);
  if (!mission) notFound();
  const canEdit = can(user, "records.edit");
  const canTakeSteps = canEdit || can(user, "missions.approve");
  const isArchived = mission.archivedAt !== null;
  const awaitingApproval = isAwaitingApproval(mission.status);
  const trip = { startDay: dayOf(mission.startDate), endDay: dayOf(mission.endDate), orderRule };
  // "Confirm" waits for every Métropole traveller's authority, and says whose is missing.
  const missing =
    mission.status === "APPROVED"
      ? missingAuthority(currentAuthorities(travellers), trip.startDay, trip.endDay, orderRule)
      : [];
  const nextSteps = availableSteps(mission.status, trip.startDay, parisDay(), (capability) =>
    can(user, capability),
  ).filter((step) => step.name !== "confirm" || missing.length === 0);
  // A draft a manager sent back says why, until it is submitted again.
  const lastStep = steps[0];
  const returned = mission.status === "DRAFT" && lastStep?.fromStatus === "SUBMITTED" ? lastStep : null;
  return (
    <>
      {can(user, "records.read") ? (
        <Link href="/missions" className="mb-4 inline-block text-sm text-brand-700 underline">
          {t("back")}
        </Link>
      ) : null}
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-brand-900">{mission.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-600">
            <MissionStatusBadge status={mission.status} />
            {isArchived ? <span className="text-sm">({tRecords("archived")})</span> : null}
            <span className="text-sm">
              {t("detail.lastUpdated", {
                date: format.dateTime(mission.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </span>
          </p>
        </div>
        {canEdit ? (
          <div className="flex flex-wrap items-start gap-3">
            {isArchived || awaitingApproval ? null : (
              <Link
                href={`/missions/${mission.id}/edit`}
                className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
              >
                {tRecords("edit")}
              </Link>
            )}
            <ArchiveControl
              key={mission.version}
              action={isArchived ? restoreMissionAction : archiveMissionAction}
              record={{ id: mission.id, version: mission.version, name: mission.title, isArchived }}
            />
          </div>
        ) : null}
      </header>
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap gap-3">
          <AddToCalendarLink kind="mission" id={mission.id} />
          <a
            href={`/missions/${mission.id}/briefing-book`}
            download
            className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
          >
            {t("briefingBook.download")}
          </a>
        </div>
        {isArchived ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
            {tRecords("archivedNotice")}
          </p>
        ) : null}
        {!can(user, "records.read") ? <p className="text-sm text-slate-600">{t("detail.partnerReadOnly")}</p> : null}
        {awaitingApproval && !isArchived ? (
          <p role="status" className="rounded-md border border-sky-200 bg-sky-50 p-4 text-sm text-sky-950">
            {t("detail.awaitingApproval")}{" "}
            {nextSteps.some((step) => step.name === "approve") ? (
              <a href="#mission-status" className="font-medium text-brand-700 underline">
                {t("detail.decide")}
              </a>
            ) : null}
          </p>
        ) : null}
        {returned ? (
          <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
            <p className="font-medium">
              {t("detail.returnedBy", {
                name: returned.actorName,
                date: format.dateTime(returned.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
            <p className="mt-1 whitespace-pre-line">{returned.comment}</p>
          </div>
        ) : null}
        {mission.status === "CANCELLED" && mission.cancellationReason ? (
          <p className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
            {t("detail.cancelledBecause", { reason: mission.cancellationReason })}
          </p>
        ) : null}
        <MissionOverview mission={mission} />
        <MissionPartnersTable mission={mission} />
        <MissionParticipants participants={mission.participants} />
        <MissionAgenda agenda={mission.agenda} practicalNotes={mission.practicalNotes} />
        {can(user, "records.read") ? (
          <SectionCard id="mission-travellers" title={t("sections.travellers")}>
            <MissionTravellers
              missionId={mission.id}
              travellers={travellers}
              trip={trip}
              canEdit={canEdit && !isArchived && !awaitingApproval}
            />
          </SectionCard>
        ) : null}
        {can(user, "records.read") ? (
          <SectionCard id="mission-costs" title={t("sections.costs")}>
            <MissionCosts
              missionId={mission.id}
              costs={costs}
              partners={new Map(mission.partners.map((partner) => [partner.partnerId, partner.shortName]))}
              canEdit={canEdit && !isArchived && !awaitingApproval}
            />
          </SectionCard>
        ) : null}
        <MissionOutcomes mission={mission} />
        {followUps && followUps.length > 0 ? (
          <SectionCard id="mission-follow-ups" title={t("sections.followUps")}>
            <FollowUpTable slots={followUps} answerHref={answerHrefFor(user)} />
          </SectionCard>
        ) : null}
        {canTakeSteps && !isArchived ? (
          <SectionCard id="mission-status" title={t("sections.status")}>
            <MissionStatusControl
              missionId={mission.id}
              version={mission.version}
              status={mission.status}
              steps={nextSteps.map(({ name, to, needsComment }) => ({ name, to, needsComment }))}
              completedLater={
                mission.status === "CONFIRMED" && canEdit && !nextSteps.some((step) => step.to === "COMPLETED")
              }
              confirmLater={canEdit ? missing.map(({ name }) => name) : []}
            />
          </SectionCard>
        ) : null}
        {can(user, "records.read") ? (
          <SectionCard id="mission-history" title={t("sections.history")}>
            <MissionSteps steps={steps} />
          </SectionCard>
        ) : null}
      </div>
    </>
  );
}

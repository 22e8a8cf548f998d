import { RecordLink } from "@/components/records/record-link";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { getFormatter, getTranslations } from "next-intl/server";
import { DelegationStatusBadge } from "@/components/delegations/delegation-status-badge";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { MissionStatusBadge } from "@/components/missions/status-badge";
import {
  workspaceSectionLimit,
  type WorkspaceDelegation,
  type WorkspaceEvent,
  type WorkspaceMission,
} from "@/lib/workspace/types";
import { UpcomingBadge, WorkspaceItem, WorkspaceSection } from "./workspace-section";

// The missions, delegations and events the organisation takes part in, read-only; each title opens
// the detail page, which applies the same partner scope.

export async function WorkspaceMissions({ missions }: { missions: WorkspaceMission[] }) {
  const [t, tMissions, format] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("missions.partnerRoles"),
    getFormatter(),
  ]);
  return (
    <WorkspaceSection
      id="workspace-missions"
      title={t("missions.title")}
      emptyText={t("missions.empty")}
      isEmpty={missions.length === 0}
      note={t("showing", { limit: workspaceSectionLimit })}
    >
      {missions.map((mission) => (
        <WorkspaceItem key={mission.id}>
          <div className="flex flex-wrap items-center gap-2">
            <RecordLink href={`/missions/${mission.id}`}>{mission.title}</RecordLink>
            <MissionStatusBadge status={mission.status} />
            {mission.isUpcoming ? <UpcomingBadge label={t("upcoming")} /> : null}
          </div>
          <p className="text-sm text-slate-600">
            {format.dateTimeRange(mission.startDate, mission.endDate, { dateStyle: "medium" })}
            {" · "}
            {mission.destinations.length > 0 ? mission.destinations.join(", ") : t("missions.noDestination")}
            {" · "}
            {t("missions.role", { role: tMissions(mission.role) })}
            {" · "}
            {t("missions.contribution", {
              amount: format.number(mission.contributionCents / 100, {
                style: "currency",
                currency: "EUR",
                maximumFractionDigits: 0,
              }),
            })}
          </p>
        </WorkspaceItem>
      ))}
    </WorkspaceSection>
  );
}

export async function WorkspaceDelegations({ delegations }: { delegations: WorkspaceDelegation[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("workspace"), getFormatter(), getAppLocale()]);
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  return (
    <WorkspaceSection
      id="workspace-delegations"
      title={t("delegations.title")}
      emptyText={t("delegations.empty")}
      isEmpty={delegations.length === 0}
      note={t("showing", { limit: workspaceSectionLimit })}
    >
      {delegations.map((delegation) => (
        <WorkspaceItem key={delegation.id}>
          <div className="flex flex-wrap items-center gap-2">
            <RecordLink href={`/delegations/${delegation.id}`}>{delegation.title}</RecordLink>
            <DelegationStatusBadge status={delegation.status} />
            {delegation.isUpcoming ? <UpcomingBadge label={t("upcoming")} /> : null}
          </div>
          <p className="text-sm text-slate-600">
            {format.dateTimeRange(delegation.arrivalAt, delegation.departureAt, { dateStyle: "medium" })}
            {" · "}
            {t("delegations.origin", {
              origin:
                delegation.originCity ?? countries.of(delegation.originCountryCode) ?? delegation.originCountryCode,
            })}
          </p>
        </WorkspaceItem>
      ))}
    </WorkspaceSection>
  );
}

export async function WorkspaceEvents({ events }: { events: WorkspaceEvent[] }) {
  const [t, format] = await Promise.all([getTranslations("workspace"), getFormatter()]);
  return (
    <WorkspaceSection
      id="workspace-events"
      title={t("events.title")}
      emptyText={t("events.empty")}
      isEmpty={events.length === 0}
      note={t("showing", { limit: workspaceSectionLimit })}
    >
      {events.map((event) => (
        <WorkspaceItem key={event.id}>
          <div className="flex flex-wrap items-center gap-2">
            <RecordLink href={`/events/${event.id}`}>{event.title}</RecordLink>
            <EventStatusBadge status={event.status} />
            {event.isUpcoming ? <UpcomingBadge label={t("upcoming")} /> : null}
          </div>
          <p className="text-sm text-slate-600">
            {format.dateTimeRange(event.startsAt, event.endsAt, { dateStyle: "medium" })}
            {event.venue ? ` · ${event.venue}` : ""}
          </p>
        </WorkspaceItem>
      ))}
    </WorkspaceSection>
  );
}

import type { DelegationStatus, EventStatus, MissionStatus } from "@/lib/generated/prisma/enums";
import type { CalendarText } from "./calendar-text";
import type { CalendarEntry } from "./ics";
import { dayOf } from "@/lib/time";

// A mission, delegation or event as a calendar entry. The shapes below are what the detail
// queries (getMission, getDelegation, getEvent) and the feed query both return. Pure.

export type CalendarRecordKind = "mission" | "delegation" | "event";

export type MissionForCalendar = {
  id: string;
  title: string;
  status: MissionStatus;
  cancellationReason: string | null;
  /** @db.Date days (UTC midnight). */
  startDate: Date;
  endDate: Date;
  summary: string;
  destinations: { label: string }[];
  version: number;
  updatedAt: Date;
};

export type DelegationForCalendar = {
  id: string;
  title: string;
  status: DelegationStatus;
  cancellationReason: string | null;
  arrivalAt: Date;
  departureAt: Date;
  origin: string;
  size: number;
  hostName: string;
  version: number;
  updatedAt: Date;
};

export type EventForCalendar = {
  id: string;
  title: string;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  summary: string;
  version: number;
  updatedAt: Date;
};

/** Where the entries point: the app's public address (links) and its host name (UIDs). */
export type CalendarContext = { baseUrl: string; host: string; text: CalendarText };

/** A calendar shows a description in a small box: a record's long text is cut here. */
const summaryLength = 280;

// Missions not yet confirmed (drafts, submitted, approved) may still move: TENTATIVE. Delegations and events are scheduled
// once recorded; cancelled records stay in the feed, marked so, so calendars drop or strike them.
const missionStatuses: Record<MissionStatus, CalendarEntry["status"]> = {
  DRAFT: "TENTATIVE",
  SUBMITTED: "TENTATIVE",
  APPROVED: "TENTATIVE",
  CONFIRMED: "CONFIRMED",
  COMPLETED: "CONFIRMED",
  CANCELLED: "CANCELLED",
};
const otherStatus = (status: DelegationStatus | EventStatus): CalendarEntry["status"] =>
  status === "CANCELLED" ? "CANCELLED" : "CONFIRMED";

export function recordPath(kind: CalendarRecordKind, id: string): string {
  return `/${kind === "mission" ? "missions" : kind === "delegation" ? "delegations" : "events"}/${id}`;
}

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= summaryLength ? trimmed : `${trimmed.slice(0, summaryLength - 1).trimEnd()}…`;
}

function common(
  kind: CalendarRecordKind,
  record: { id: string; title: string; version: number; updatedAt: Date },
  context: CalendarContext,
) {
  const url = `${context.baseUrl}${recordPath(kind, record.id)}`;
  return {
    uid: `${kind}-${record.id}@${context.host}`,
    title: record.title,
    url,
    category: context.text.kind(kind),
    sequence: record.version,
    lastModified: record.updatedAt,
  };
}

/** Non-empty lines of text, joined; the record's link last, for apps that do not show URL. */
function descriptionOf(lines: (string | null | false)[], url: string, text: CalendarText): string {
  return [...lines.filter((line): line is string => Boolean(line)), text.line("link", url)].join("\n");
}

export function missionEntry(mission: MissionForCalendar, context: CalendarContext): CalendarEntry {
  const { text } = context;
  const base = common("mission", mission, context);
  const destinations = mission.destinations.map((destination) => destination.label).join(", ");
  return {
    ...base,
    time: { isAllDay: true, firstDay: dayOf(mission.startDate), lastDay: dayOf(mission.endDate) },
    status: missionStatuses[mission.status],
    location: destinations || null,
    description: descriptionOf(
      [
        text.line("status", text.missionStatus(mission.status)),
        mission.status === "CANCELLED" && mission.cancellationReason
          ? text.line("cancelledBecause", mission.cancellationReason)
          : null,
        destinations && text.line("destinations", destinations),
        shorten(mission.summary),
      ],
      base.url,
      text,
    ),
  };
}

/** Delegations are welcomed in Nice: no LOCATION, their origin is said in the description. */
export function delegationEntry(delegation: DelegationForCalendar, context: CalendarContext): CalendarEntry {
  const { text } = context;
  const base = common("delegation", delegation, context);
  return {
    ...base,
    time: { isAllDay: false, start: delegation.arrivalAt, end: delegation.departureAt },
    status: otherStatus(delegation.status),
    location: null,
    description: descriptionOf(
      [
        text.line("status", text.delegationStatus(delegation.status)),
        delegation.status === "CANCELLED" && delegation.cancellationReason
          ? text.line("cancelledBecause", delegation.cancellationReason)
          : null,
        `${text.line("origin", delegation.origin)} · ${text.size(delegation.size)}`,
        delegation.hostName.trim() && text.line("host", delegation.hostName.trim()),
      ],
      base.url,
      text,
    ),
  };
}

export function eventEntry(event: EventForCalendar, context: CalendarContext): CalendarEntry {
  const { text } = context;
  const base = common("event", event, context);
  const venue = event.venue.trim();
  return {
    ...base,
    time: { isAllDay: false, start: event.startsAt, end: event.endsAt },
    status: otherStatus(event.status),
    location: venue || null,
    description: descriptionOf(
      [text.line("status", text.eventStatus(event.status)), shorten(event.summary)],
      base.url,
      text,
    ),
  };
}

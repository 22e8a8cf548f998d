import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { partnerScope } from "@/lib/records/access";
import type { CalendarKind } from "./list-params";
import { dayOf, endOfParisDay, parisDay, startOfParisDay } from "@/lib/time";

export type CalendarItem = {
  kind: CalendarKind;
  id: string;
  title: string;
  /** Paris calendar days, inclusive. */
  firstDay: string;
  lastDay: string;
  status: string;
};

type Filters = {
  from: string;
  to: string;
  kind?: CalendarKind | undefined;
  sector?: string | undefined;
  partner?: string | undefined;
};

/**
 * Missions, delegations and events that overlap [from, to] (Paris days, inclusive), not archived,
 * limited to the partner's own organisation for partner users. Three queries whatever the range.
 */
export async function listCalendarItems(actor: ActingUser, filters: Filters): Promise<CalendarItem[]> {
  const ownPartner = partnerScope(actor);
  const partnerId = ownPartner ?? filters.partner;
  const sector = filters.sector ? { sectors: { some: { id: filters.sector } } } : {};
  const wants = (kind: CalendarKind) => !filters.kind || filters.kind === kind;
  const rangeStart = startOfParisDay(filters.from);
  const rangeEnd = endOfParisDay(filters.to);
  const fromDate = new Date(`${filters.from}T00:00:00Z`);
  const toDate = new Date(`${filters.to}T00:00:00Z`);

  const [missions, delegations, events] = await Promise.all([
    wants("mission")
      ? db.mission.findMany({
          where: {
            archivedAt: null,
            startDate: { lte: toDate },
            endDate: { gte: fromDate },
            ...sector,
            ...(partnerId ? { partners: { some: { partnerId } } } : {}),
          },
          select: { id: true, title: true, startDate: true, endDate: true, status: true },
        })
      : [],
    wants("delegation")
      ? db.delegation.findMany({
          where: {
            archivedAt: null,
            arrivalAt: { lt: rangeEnd },
            departureAt: { gte: rangeStart },
            ...sector,
            ...(partnerId ? { partners: { some: { id: partnerId } } } : {}),
          },
          select: { id: true, title: true, arrivalAt: true, departureAt: true, status: true },
        })
      : [],
    wants("event")
      ? db.internationalEvent.findMany({
          where: {
            archivedAt: null,
            startsAt: { lt: rangeEnd },
            endsAt: { gte: rangeStart },
            ...sector,
            ...(partnerId ? { partners: { some: { id: partnerId } } } : {}),
          },
          select: { id: true, title: true, startsAt: true, endsAt: true, status: true },
        })
      : [],
  ]);

  const items: CalendarItem[] = [
    ...missions.map((mission) => ({
      kind: "mission" as const,
      id: mission.id,
      title: mission.title,
      firstDay: dayOf(mission.startDate),
      lastDay: dayOf(mission.endDate),
      status: mission.status,
    })),
    ...delegations.map((delegation) => ({
      kind: "delegation" as const,
      id: delegation.id,
      title: delegation.title,
      firstDay: parisDay(delegation.arrivalAt),
      lastDay: parisDay(delegation.departureAt),
      status: delegation.status,
    })),
    ...events.map((event) => ({
      kind: "event" as const,
      id: event.id,
      title: event.title,
      firstDay: parisDay(event.startsAt),
      lastDay: parisDay(event.endsAt),
      status: event.status,
    })),
  ];
  return items.sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.title.localeCompare(b.title));
}

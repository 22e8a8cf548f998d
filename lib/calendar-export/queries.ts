import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { countryName } from "@/lib/records/countries";
import { partnerScope } from "@/lib/records/access";
import type { DelegationForCalendar, EventForCalendar, MissionForCalendar } from "./entries";
import { dateOfDay, endOfParisDay, startOfParisDay } from "@/lib/time";

// What a personal calendar feed holds: the missions, delegations and events `actor` may read that
// overlap the window, archived ones left out, cancelled ones kept (so calendars learn of the
// cancellation). A partner user gets only their organisation's records: the same partnerScope
// rule as the lists and the /calendar page. Three queries whatever the window.

export type FeedWindow = { firstDay: string; lastDay: string };

export type FeedRecords = {
  missions: MissionForCalendar[];
  delegations: DelegationForCalendar[];
  events: EventForCalendar[];
};

export async function listFeedRecords(actor: ActingUser, window: FeedWindow): Promise<FeedRecords> {
  const partnerId = partnerScope(actor);
  const rangeStart = startOfParisDay(window.firstDay);
  const rangeEnd = endOfParisDay(window.lastDay);
  const ownRecords = partnerId ? { partners: { some: { id: partnerId } } } : {};

  const [missions, delegations, events] = await Promise.all([
    db.mission.findMany({
      where: {
        archivedAt: null,
        startDate: { lte: dateOfDay(window.lastDay) },
        endDate: { gte: dateOfDay(window.firstDay) },
        ...(partnerId ? { partners: { some: { partnerId } } } : {}),
      },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        cancellationReason: true,
        startDate: true,
        endDate: true,
        summary: true,
        version: true,
        updatedAt: true,
        destinations: { select: { city: true, countryCode: true }, orderBy: [{ city: "asc" }, { countryCode: "asc" }] },
      },
    }),
    db.delegation.findMany({
      where: { archivedAt: null, arrivalAt: { lt: rangeEnd }, departureAt: { gte: rangeStart }, ...ownRecords },
      orderBy: [{ arrivalAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        cancellationReason: true,
        arrivalAt: true,
        departureAt: true,
        size: true,
        hostName: true,
        originCountryCode: true,
        originDestination: { select: { city: true } },
        version: true,
        updatedAt: true,
      },
    }),
    db.internationalEvent.findMany({
      where: { archivedAt: null, startsAt: { lt: rangeEnd }, endsAt: { gte: rangeStart }, ...ownRecords },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        startsAt: true,
        endsAt: true,
        venue: true,
        summary: true,
        version: true,
        updatedAt: true,
      },
    }),
  ]);

  return {
    // The same labels as the mission page: "Houston (US)".
    missions: missions.map(({ destinations, ...mission }) => ({
      ...mission,
      destinations: destinations.map((destination) => ({ label: `${destination.city} (${destination.countryCode})` })),
    })),
    delegations: delegations.map(({ originCountryCode, originDestination, ...delegation }) => {
      const country = countryName(originCountryCode, actor.locale);
      return { ...delegation, origin: originDestination ? `${originDestination.city}, ${country}` : country };
    }),
    events,
  };
}

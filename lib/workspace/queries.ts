import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { can } from "@/lib/policy";
import { workspaceSectionLimit, type WorkspaceData, type WorkspaceSummary } from "./types";
import { dateOfDay, parisDay, parisYear, startOfParisDay } from "@/lib/time";

// A partner user's home (decision 005): only what their own organisation takes part in. The partner
// condition is in every `where`; this layer asks nothing of the joint actions area so it does not
// depend on it. Archived and cancelled records are left out of the summary, archived ones everywhere.

/** The organisation of a PARTNER user; any other role is refused, whatever the page did. */
function workspacePartnerId(actor: ActingUser): string {
  if (!can(actor, "workspace.open") || !actor.partnerId) throw new DomainError("forbidden");
  return actor.partnerId;
}

/** The first `limit` items: upcoming ones soonest first, then past ones most recent first. */
async function upcomingThenRecent<T>(
  limit: number,
  upcoming: (take: number) => Promise<T[]>,
  past: (take: number) => Promise<T[]>,
): Promise<T[]> {
  const next = await upcoming(limit);
  return next.length >= limit ? next : [...next, ...(await past(limit - next.length))];
}

async function summaryOf(partnerId: string, year: number): Promise<WorkspaceSummary> {
  const days = { gte: dateOfDay(`${year}-01-01`), lt: dateOfDay(`${year + 1}-01-01`) };
  const instants = { gte: startOfParisDay(`${year}-01-01`), lt: startOfParisDay(`${year + 1}-01-01`) };
  const [missions, delegations, events, actions, contributions] = await Promise.all([
    db.mission.count({
      where: { archivedAt: null, status: { not: "CANCELLED" }, startDate: days, partners: { some: { partnerId } } },
    }),
    db.delegation.count({
      where: {
        archivedAt: null,
        status: { not: "CANCELLED" },
        arrivalAt: instants,
        partners: { some: { id: partnerId } },
      },
    }),
    db.internationalEvent.count({
      where: {
        archivedAt: null,
        status: { not: "CANCELLED" },
        startsAt: instants,
        partners: { some: { id: partnerId } },
      },
    }),
    db.jointAction.aggregate({
      where: { partnerId, archivedAt: null, date: days },
      _count: true,
      _sum: { contactsCount: true, investorLeadsCount: true },
    }),
    db.missionPartner.aggregate({
      where: { partnerId, mission: { archivedAt: null, status: { not: "CANCELLED" }, startDate: days } },
      _sum: { contributionCents: true },
    }),
  ]);
  return {
    year,
    missions,
    delegations,
    events,
    jointActions: actions._count,
    contacts: actions._sum.contactsCount ?? 0,
    investorLeads: actions._sum.investorLeadsCount ?? 0,
    contributionCents: contributions._sum.contributionCents ?? 0,
  };
}

/**
 * The partner user's workspace: their organisation, a year's summary (this Paris year unless
 * another is asked for) and its upcoming then recent records.
 */
export async function getWorkspace(
  actor: ActingUser,
  options: { now?: Date; year?: number } = {},
): Promise<WorkspaceData> {
  const partnerId = workspacePartnerId(actor);
  const now = options.now ?? new Date();
  const today = dateOfDay(parisDay(now));
  const limit = workspaceSectionLimit;
  const partner = await db.partner.findUnique({ where: { id: partnerId }, select: { name: true, shortName: true } });
  if (!partner) throw new DomainError("forbidden");

  const missionWhere = { archivedAt: null, partners: { some: { partnerId } } };
  const missionSelect = {
    id: true,
    title: true,
    status: true,
    startDate: true,
    endDate: true,
    destinations: { select: { city: true }, orderBy: { city: "asc" as const } },
    partners: { where: { partnerId }, select: { role: true, contributionCents: true } },
  };
  const delegationWhere = { archivedAt: null, partners: { some: { id: partnerId } } };
  const delegationSelect = {
    id: true,
    title: true,
    status: true,
    arrivalAt: true,
    departureAt: true,
    originCountryCode: true,
    originDestination: { select: { city: true } },
  };
  const eventWhere = { archivedAt: null, partners: { some: { id: partnerId } } };
  const eventSelect = { id: true, title: true, status: true, startsAt: true, endsAt: true, venue: true };

  const [summary, missions, delegations, events, jointActions] = await Promise.all([
    summaryOf(partnerId, options.year ?? parisYear(now)),
    upcomingThenRecent(
      limit,
      (take) =>
        db.mission.findMany({
          where: { ...missionWhere, endDate: { gte: today } },
          orderBy: [{ startDate: "asc" }, { id: "asc" }],
          take,
          select: missionSelect,
        }),
      (take) =>
        db.mission.findMany({
          where: { ...missionWhere, endDate: { lt: today } },
          orderBy: [{ startDate: "desc" }, { id: "asc" }],
          take,
          select: missionSelect,
        }),
    ),
    upcomingThenRecent(
      limit,
      (take) =>
        db.delegation.findMany({
          where: { ...delegationWhere, departureAt: { gte: now } },
          orderBy: [{ arrivalAt: "asc" }, { id: "asc" }],
          take,
          select: delegationSelect,
        }),
      (take) =>
        db.delegation.findMany({
          where: { ...delegationWhere, departureAt: { lt: now } },
          orderBy: [{ arrivalAt: "desc" }, { id: "asc" }],
          take,
          select: delegationSelect,
        }),
    ),
    upcomingThenRecent(
      limit,
      (take) =>
        db.internationalEvent.findMany({
          where: { ...eventWhere, endsAt: { gte: now } },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take,
          select: eventSelect,
        }),
      (take) =>
        db.internationalEvent.findMany({
          where: { ...eventWhere, endsAt: { lt: now } },
          orderBy: [{ startsAt: "desc" }, { id: "asc" }],
          take,
          select: eventSelect,
        }),
    ),
    db.jointAction.findMany({
      where: { partnerId, archivedAt: null },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        date: true,
        kind: true,
        title: true,
        contactsCount: true,
        investorLeadsCount: true,
        destination: { select: { city: true } },
      },
    }),
  ]);

  return {
    partner,
    summary,
    missions: missions.map(({ destinations, partners, ...mission }) => ({
      ...mission,
      isUpcoming: mission.endDate >= today,
      destinations: destinations.map((destination) => destination.city),
      role: partners[0]?.role ?? "PARTICIPANT",
      contributionCents: partners[0]?.contributionCents ?? 0,
    })),
    delegations: delegations.map(({ originDestination, ...delegation }) => ({
      ...delegation,
      isUpcoming: delegation.departureAt >= now,
      originCity: originDestination?.city ?? null,
    })),
    events: events.map((event) => ({ ...event, isUpcoming: event.endsAt >= now })),
    jointActions: jointActions.map(({ destination, ...action }) => ({
      ...action,
      destinationCity: destination?.city ?? null,
    })),
  };
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReferenceData, ReferenceEntry } from "../import/references";
import type { Locale } from "../messages";
import { batches } from "./batches";
import { dayOf, parisDay } from "@/lib/time";

// The reference data an import resolves names against. Partners, destinations, sectors and
// objectives are short lists, read whole (archived entries too, flagged). Missions, delegations and
// events, which joint actions link to, are many: only those the file names by title are read, and
// those the matching existing actions already link to.

export async function loadReferenceLists(client: Prisma.TransactionClient, locale: Locale): Promise<ReferenceData> {
  const isArchived = (entry: { archivedAt: Date | null }) => entry.archivedAt !== null;
  const partners = await client.partner.findMany({
    select: { id: true, name: true, shortName: true, archivedAt: true },
  });
  const destinations = await client.destination.findMany({
    select: { id: true, city: true, countryCode: true, archivedAt: true },
  });
  const codeList = { select: { id: true, code: true, nameFr: true, nameEn: true, archivedAt: true } } as const;
  const sectors = await client.sector.findMany(codeList);
  const objectives = await client.objective.findMany(codeList);
  const named = (entry: {
    id: string;
    code: string;
    nameFr: string;
    nameEn: string;
    archivedAt: Date | null;
  }): ReferenceEntry => ({
    id: entry.id,
    label: locale === "fr" ? entry.nameFr : entry.nameEn,
    isArchived: isArchived(entry),
    names: [entry.code, entry.nameFr, entry.nameEn],
    qualifier: entry.code,
  });
  return {
    partner: partners.map((partner) => ({
      id: partner.id,
      label: partner.shortName,
      isArchived: isArchived(partner),
      names: [partner.shortName, partner.name],
      qualifier: partner.shortName,
    })),
    destination: destinations.map((destination) => {
      const label = `${destination.city} (${destination.countryCode})`;
      return {
        id: destination.id,
        label,
        isArchived: isArchived(destination),
        names: [destination.city, label],
        qualifier: destination.countryCode,
      };
    }),
    sector: sectors.map(named),
    objective: objectives.map(named),
  };
}

type Titled = { id: string; title: string; archivedAt: Date | null; day: string };

const titledEntry = (record: Titled): ReferenceEntry => {
  const label = `${record.title} (${record.day})`;
  return {
    id: record.id,
    label,
    isArchived: record.archivedAt !== null,
    names: [record.title, label],
    qualifier: record.day,
  };
};

export type LinkedRecordQuery = { titles: readonly string[]; ids: readonly string[] };

/** Missions, delegations and events named by one of `titles` (any case) or with one of `ids`. */
export async function loadLinkedRecords(
  client: Prisma.TransactionClient,
  wanted: Record<"mission" | "delegation" | "event", LinkedRecordQuery>,
): Promise<ReferenceData> {
  const where = ({ titles, ids }: LinkedRecordQuery) => ({
    OR: [{ title: { in: [...titles], mode: "insensitive" as const } }, { id: { in: [...ids] } }],
  });
  // No titles: one query for the ids alone, none when there are no ids either.
  const titleBatches = ({ titles, ids }: LinkedRecordQuery) =>
    titles.length > 0 ? batches(titles) : ids.length > 0 ? [[""]] : [];
  const missions: Titled[] = [];
  const delegations: Titled[] = [];
  const events: Titled[] = [];
  for (const titles of titleBatches(wanted.mission)) {
    const found = await client.mission.findMany({
      where: where({ titles, ids: wanted.mission.ids }),
      select: { id: true, title: true, archivedAt: true, startDate: true },
    });
    missions.push(...found.map(({ startDate, ...mission }) => ({ ...mission, day: dayOf(startDate) })));
  }
  for (const titles of titleBatches(wanted.delegation)) {
    const found = await client.delegation.findMany({
      where: where({ titles, ids: wanted.delegation.ids }),
      select: { id: true, title: true, archivedAt: true, arrivalAt: true },
    });
    delegations.push(...found.map(({ arrivalAt, ...delegation }) => ({ ...delegation, day: parisDay(arrivalAt) })));
  }
  for (const titles of titleBatches(wanted.event)) {
    const found = await client.internationalEvent.findMany({
      where: where({ titles, ids: wanted.event.ids }),
      select: { id: true, title: true, archivedAt: true, startsAt: true },
    });
    events.push(...found.map(({ startsAt, ...event }) => ({ ...event, day: parisDay(startsAt) })));
  }
  const unique = (records: Titled[]) =>
    [...new Map(records.map((record) => [record.id, record])).values()].map(titledEntry);
  return { mission: unique(missions), delegation: unique(delegations), event: unique(events) };
}

/** What the joint actions dated on these days with these titles link to (their rows may name them). */
export async function loadJointActionLinks(
  client: Prisma.TransactionClient,
  days: readonly string[],
  titles: readonly string[],
) {
  if (days.length === 0 || titles.length === 0) return { mission: [], delegation: [], event: [] };
  const links = await client.jointAction.findMany({
    where: {
      date: { in: [...new Set(days)].map((day) => new Date(`${day}T00:00:00Z`)) },
      title: { in: [...titles], mode: "insensitive" },
    },
    select: { missionId: true, delegationId: true, eventId: true },
  });
  const ids = (field: "missionId" | "delegationId" | "eventId") => [
    ...new Set(links.flatMap((link) => (link[field] ? [link[field]] : []))),
  ];
  return { mission: ids("missionId"), delegation: ids("delegationId"), event: ids("eventId") };
}

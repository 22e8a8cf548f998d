import "server-only";
import type { ActingUser } from "@/lib/auth";
import { columnRange } from "@/lib/column-range";
import { acceptedDayRange, yearOptions } from "@/lib/records/year-options";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementKind, MissionPartnerRole, MissionStatus, ParticipantKind } from "@/lib/generated/prisma/enums";
import { toPrismaPaging } from "@/lib/list-params";
import { can } from "@/lib/policy";
import { partnerScope } from "@/lib/records/access";
import type { MissionListParams } from "./list-params";
import { dateOfDay } from "@/lib/time";

// Reading missions. ADMIN, STAFF and MANAGER read every mission; a partner user reads only the
// missions their organisation takes part in: the condition is in the `where`, so a mission outside
// it is simply not found (docs/decisions/005-sessions-and-access.md).

/** The missions `actor` may read. */
function readableWhere(actor: ActingUser): Prisma.MissionWhereInput {
  const partnerId = partnerScope(actor);
  return partnerId ? { partners: { some: { partnerId } } } : {};
}

const localName = (actor: ActingUser) => (item: { nameFr: string; nameEn: string }) =>
  actor.locale === "fr" ? item.nameFr : item.nameEn;

export type MissionRow = {
  id: string;
  title: string;
  status: MissionStatus;
  /** Calendar days (UTC midnight). */
  startDate: Date;
  endDate: Date;
  destinations: string[];
  partners: string[];
  sectors: string[];
  isArchived: boolean;
};

/** The cost lines the `paidBy` filter looks for: any current line, the Métropole's, or one partner's. */
function paidByWhere(paidBy: string): Prisma.MissionCostWhereInput {
  if (paidBy === "any") return { archivedAt: null };
  return { archivedAt: null, payerPartnerId: paidBy === "metropole" ? null : paidBy };
}

function listWhere(actor: ActingUser, params: MissionListParams): Prisma.MissionWhereInput {
  // Conditional spreads, never `undefined` values: with strictUndefinedChecks Prisma rejects them.
  const filters: Prisma.MissionWhereInput[] = [
    readableWhere(actor),
    { archivedAt: params.archived ? { not: null } : null },
    ...(params.status ? [{ status: params.status }] : []),
    ...(params.year
      ? [{ startDate: { gte: dateOfDay(`${params.year}-01-01`), lt: dateOfDay(`${params.year + 1}-01-01`) } }]
      : []),
    ...(params.sector ? [{ sectors: { some: { id: params.sector } } }] : []),
    ...(params.partner ? [{ partners: { some: { partnerId: params.partner } } }] : []),
    ...(params.destination ? [{ destinations: { some: { id: params.destination } } }] : []),
    ...(params.paidBy && can(actor, "records.read") ? [{ costs: { some: paidByWhere(params.paidBy) } }] : []),
    ...(params.q ? [{ title: { contains: params.q, mode: "insensitive" as const } }] : []),
  ];
  return { AND: filters };
}

/** One page of missions matching the search (title) and filters, in the requested order (`id` breaks ties), and how many match. */
export async function listMissions(
  actor: ActingUser,
  params: MissionListParams,
): Promise<{ rows: MissionRow[]; total: number }> {
  const where = listWhere(actor, params);
  // Two statements side by side on the pool, not a transaction: under READ COMMITTED a transaction
  // would not make the page and the count one snapshot anyway, and BEGIN/COMMIT cost two round
  // trips per list (decision 011, ≤ 12 queries per page).
  const [missions, total] = await Promise.all([
    db.mission.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: { id: true, title: true, status: true, startDate: true, endDate: true, archivedAt: true },
    }),
    db.mission.count({ where }),
  ]);
  const names = await listLinkedNames(
    missions.map((mission) => mission.id),
    actor.locale,
  );
  const rows = missions.map(({ archivedAt, ...mission }) => ({
    ...mission,
    isArchived: archivedAt !== null,
    ...(names.get(mission.id) ?? { destinations: [], partners: [], sectors: [] }),
  }));
  return { rows, total };
}

/**
 * The names a page of missions shows from its links, in one query: Prisma would send one per
 * relation (four for destinations, partners and sectors), each a round trip (decision 011).
 */
async function listLinkedNames(
  ids: string[],
  locale: "fr" | "en",
): Promise<Map<string, { destinations: string[]; partners: string[]; sectors: string[] }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<
    { id: string; destinations: string[]; partners: string[]; sectors: string[] }[]
  >(
    `SELECT m.id,
      ARRAY(SELECT t.city FROM "_DestinationToMission" l JOIN "Destination" t ON t.id = l."A" WHERE l."B" = m.id ORDER BY t.city) AS destinations,
      ARRAY(SELECT p."shortName" FROM "MissionPartner" l JOIN "Partner" p ON p.id = l."partnerId" WHERE l."missionId" = m.id ORDER BY p."shortName") AS partners,
      ARRAY(SELECT CASE WHEN $2 = 'fr' THEN s."nameFr" ELSE s."nameEn" END FROM "_MissionToSector" l JOIN "Sector" s ON s.id = l."B" WHERE l."A" = m.id ORDER BY s.code) AS sectors
    FROM unnest($1::text[]) AS m(id)`,
    ids,
    locale,
  );
  return new Map(rows.map(({ id, ...names }) => [id, names]));
}

/** True when `actor` can read at least one mission, archived ones included (the list's empty state). */
export async function hasAnyMission(actor: ActingUser): Promise<boolean> {
  return (await db.mission.findFirst({ where: readableWhere(actor), select: { id: true } })) !== null;
}

/** The years missions `actor` may read start in, latest first (the list's year filter). */
export async function listMissionYears(actor: ActingUser): Promise<number[]> {
  const { min, max } = partnerScope(actor)
    ? await db.mission
        .aggregate({
          where: { ...readableWhere(actor), startDate: acceptedDayRange() },
          _min: { startDate: true },
          _max: { startDate: true },
        })
        .then(({ _min, _max }) => ({ min: _min.startDate, max: _max.startDate }))
    : await columnRange("Mission");
  return yearOptions(min?.getUTCFullYear(), max?.getUTCFullYear());
}

export type MissionDetail = {
  id: string;
  title: string;
  status: MissionStatus;
  cancellationReason: string | null;
  startDate: Date;
  endDate: Date;
  summary: string;
  budgetCents: number | null;
  contactsCount: number | null;
  leadsCount: number | null;
  lettersOfIntentCount: number | null;
  outcomeNotes: string;
  nextSteps: string;
  practicalNotes: string;
  version: number;
  archivedAt: Date | null;
  updatedAt: Date;
  /** `label` is "City (CC)"; city and country code also apart, for the API. */
  destinations: { id: string; label: string; city: string; countryCode: string; timeZone: string | null }[];
  sectors: { id: string; label: string }[];
  objectives: { id: string; label: string }[];
  partners: {
    partnerId: string;
    name: string;
    shortName: string;
    role: MissionPartnerRole;
    contributionCents: number;
    seeks: string;
  }[];
  /** The pooled resources: every partner's contribution added up (in the database). */
  partnerTotalCents: number;
  participants: { name: string; kind: ParticipantKind; organisation: string }[];
  agenda: { day: Date; time: string; title: string; location: string; counterpart: string }[];
  agreements: { id: string; title: string; kind: AgreementKind; counterpart: string; startDate: Date }[];
};

/** Everything the detail and edit pages show, or null when the mission does not exist or is outside the user's scope. */
export async function getMission(actor: ActingUser, id: string): Promise<MissionDetail | null> {
  const mission = await db.mission.findFirst({
    where: { AND: [{ id }, readableWhere(actor)] },
    select: {
      id: true,
      title: true,
      status: true,
      cancellationReason: true,
      startDate: true,
      endDate: true,
      summary: true,
      budgetCents: true,
      contactsCount: true,
      leadsCount: true,
      lettersOfIntentCount: true,
      outcomeNotes: true,
      nextSteps: true,
      practicalNotes: true,
      version: true,
      archivedAt: true,
      updatedAt: true,
      destinations: {
        select: { id: true, city: true, countryCode: true, timeZone: true },
        orderBy: [{ city: "asc" }, { countryCode: "asc" }],
      },
      sectors: { select: { id: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } },
      objectives: { select: { id: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } },
      partners: {
        select: {
          partnerId: true,
          role: true,
          contributionCents: true,
          seeks: true,
          partner: { select: { name: true, shortName: true } },
        },
        orderBy: [{ role: "asc" }, { partner: { name: "asc" } }],
      },
      participants: { select: { name: true, kind: true, organisation: true }, orderBy: { position: "asc" } },
      agenda: {
        select: { day: true, time: true, title: true, location: true, counterpart: true },
        orderBy: [{ day: "asc" }, { time: "asc" }, { position: "asc" }],
      },
      agreementsSigned: {
        where: { archivedAt: null },
        select: { id: true, title: true, kind: true, counterpart: true, startDate: true },
        orderBy: { startDate: "asc" },
      },
    },
  });
  if (!mission) return null;
  const total = await db.missionPartner.aggregate({
    where: { missionId: mission.id },
    _sum: { contributionCents: true },
  });
  const name = localName(actor);
  const { destinations, sectors, objectives, partners, agreementsSigned, ...fields } = mission;
  return {
    ...fields,
    destinations: destinations.map((destination) => ({
      ...destination,
      label: `${destination.city} (${destination.countryCode})`,
    })),
    sectors: sectors.map((sector) => ({ id: sector.id, label: name(sector) })),
    objectives: objectives.map((objective) => ({ id: objective.id, label: name(objective) })),
    partners: partners.map(({ partner, ...link }) => ({ ...link, name: partner.name, shortName: partner.shortName })),
    partnerTotalCents: total._sum.contributionCents ?? 0,
    agreements: agreementsSigned,
  };
}

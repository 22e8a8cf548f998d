import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { partnerScope } from "@/lib/records/access";
import { similarTitles } from "./title-words";
import { dateOfDay } from "@/lib/time";

// Coordination between partners: before a joint action is saved, the form shows earlier joint actions and
// delegations within two years that share its destination (or its organisation, where either names
// no destination) and have a similar title,
// so two agencies do not visit the same company unaware of each other. PostgreSQL's pg_trgm is not
// available: the database narrows the candidates (destination/organisation, dates, at most 200),
// then titles are compared by their significant words here.

export type SimilarRecord = {
  kind: "jointAction" | "delegation";
  id: string;
  title: string;
  date: Date;
  partnerShortName: string | null;
};

const maxCandidates = 200;

function twoYearsAround(day: string): { gte: Date; lte: Date } {
  const from = dateOfDay(day);
  const to = dateOfDay(day);
  from.setUTCFullYear(from.getUTCFullYear() - 2);
  to.setUTCFullYear(to.getUTCFullYear() + 2);
  return { gte: from, lte: to };
}

type Query = {
  title: string;
  destinationId?: string | null;
  partnerId?: string | null;
  date: string;
  excludeId?: string;
};

export async function findSimilarRecords(actor: ActingUser, query: Query): Promise<SimilarRecord[]> {
  const scope = partnerScope(actor);
  // A partner only ever compares with what they may see, whatever partnerId they send.
  const partnerId = scope ?? query.partnerId ?? null;
  const window = twoYearsAround(query.date);
  // The same place, or the same organisation where no other place is named: a meeting in New York
  // is not the organisation's earlier one in Sousse, however alike the titles.
  const ownElsewhere = query.destinationId ? { destinationId: null } : {};
  const shared: Prisma.JointActionWhereInput[] = [
    ...(query.destinationId ? [{ destinationId: query.destinationId }] : []),
    ...(partnerId ? [{ partnerId, ...ownElsewhere }] : []),
  ];
  const delegationShared: Prisma.DelegationWhereInput[] = [
    ...(query.destinationId ? [{ originDestinationId: query.destinationId }] : []),
    ...(partnerId
      ? [{ partners: { some: { id: partnerId } }, ...(query.destinationId ? { originDestinationId: null } : {}) }]
      : []),
  ];
  if (shared.length === 0) return [];
  const [actions, delegations] = await Promise.all([
    db.jointAction.findMany({
      where: {
        AND: [
          scope ? { partnerId: scope } : {},
          { archivedAt: null, date: window, OR: shared },
          query.excludeId ? { id: { not: query.excludeId } } : {},
        ],
      },
      select: { id: true, title: true, date: true, partner: { select: { shortName: true } } },
      orderBy: { date: "desc" },
      take: maxCandidates,
    }),
    db.delegation.findMany({
      where: {
        AND: [
          scope ? { partners: { some: { id: scope } } } : {},
          { archivedAt: null, arrivalAt: window, OR: delegationShared },
        ],
      },
      select: { id: true, title: true, arrivalAt: true },
      orderBy: { arrivalAt: "desc" },
      take: maxCandidates,
    }),
  ]);
  return [
    ...actions
      .filter((action) => similarTitles(action.title, query.title))
      .map((action) => ({
        kind: "jointAction" as const,
        id: action.id,
        title: action.title,
        date: action.date,
        partnerShortName: action.partner.shortName,
      })),
    ...delegations
      .filter((delegation) => similarTitles(delegation.title, query.title))
      .map((delegation) => ({
        kind: "delegation" as const,
        id: delegation.id,
        title: delegation.title,
        date: delegation.arrivalAt,
        partnerShortName: null,
      })),
  ].slice(0, 20);
}

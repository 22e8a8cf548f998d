import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/policy";
import { partnerScope } from "@/lib/records/access";
import { withStorableText } from "@/lib/unstorable-text";
import { containsPattern, searchLimitPerKind } from "./query";

// Search everywhere (issue 21): every kind of record whose title or name contains the text, case
// and accents aside (the database's search_fold, migration 20261208000000, served by trigram
// indexes on the folded names), within what the user may read — a partner user the missions,
// delegations and events their organisation takes part in and its joint actions, as the lists and
// the API give them. Archived records are left out, as the lists do by default.

export const searchKinds = [
  "missions",
  "delegations",
  "events",
  "agreements",
  "jointActions",
  "partners",
  "destinations",
  "towns",
] as const;
export type SearchKind = (typeof searchKinds)[number];

export type SearchHit = {
  id: string;
  label: string;
  /** A second line: a venue, a counterpart, an organisation, a short name. */
  detail: string | null;
  /** The record's dates: days for missions, agreements, joint actions and towns, instants otherwise. */
  from: Date | null;
  to: Date | null;
  countryCode: string | null;
};

export type SearchGroup = { kind: SearchKind; hits: SearchHit[]; hasMore: boolean };

type Scope = { partnerId: string | null };

const folded = (column: Prisma.Sql, pattern: string) => Prisma.sql`search_fold(${column}) LIKE search_fold(${pattern})`;

/** The SQL of each kind, or null where the user may not read that kind. */
const kindQueries: Record<
  SearchKind,
  (actor: ActingUser, scope: Scope, pattern: string, take: number) => Prisma.Sql | null
> = {
  missions: (_actor, { partnerId }, pattern, take) => Prisma.sql`
    SELECT m.id, m.title AS label, NULL AS detail, m."startDate" AS "from", m."endDate" AS "to", NULL AS "countryCode"
    FROM "Mission" m
    WHERE m."archivedAt" IS NULL AND ${folded(Prisma.sql`m.title`, pattern)}
      ${partnerId ? Prisma.sql`AND EXISTS (SELECT 1 FROM "MissionPartner" p WHERE p."missionId" = m.id AND p."partnerId" = ${partnerId})` : Prisma.empty}
    ORDER BY m."startDate" DESC, m.id LIMIT ${take}`,
  delegations: (_actor, { partnerId }, pattern, take) => Prisma.sql`
    SELECT d.id, d.title AS label, NULL AS detail, d."arrivalAt" AS "from", d."departureAt" AS "to", d."originCountryCode" AS "countryCode"
    FROM "Delegation" d
    WHERE d."archivedAt" IS NULL AND ${folded(Prisma.sql`d.title`, pattern)}
      ${partnerId ? Prisma.sql`AND EXISTS (SELECT 1 FROM "_DelegationToPartner" p WHERE p."A" = d.id AND p."B" = ${partnerId})` : Prisma.empty}
    ORDER BY d."arrivalAt" DESC, d.id LIMIT ${take}`,
  events: (_actor, { partnerId }, pattern, take) => Prisma.sql`
    SELECT e.id, e.title AS label, e.venue AS detail, e."startsAt" AS "from", e."endsAt" AS "to", NULL AS "countryCode"
    FROM "InternationalEvent" e
    WHERE e."archivedAt" IS NULL AND ${folded(Prisma.sql`e.title`, pattern)}
      ${partnerId ? Prisma.sql`AND EXISTS (SELECT 1 FROM "_InternationalEventToPartner" p WHERE p."A" = e.id AND p."B" = ${partnerId})` : Prisma.empty}
    ORDER BY e."startsAt" DESC, e.id LIMIT ${take}`,
  agreements: (actor, _scope, pattern, take) =>
    can(actor, "records.read")
      ? Prisma.sql`
    SELECT a.id, a.title AS label, a.counterpart AS detail, a."startDate" AS "from", a."endDate" AS "to", d."countryCode"
    FROM "Agreement" a JOIN "Destination" d ON d.id = a."destinationId"
    WHERE a."archivedAt" IS NULL AND (${folded(Prisma.sql`a.title`, pattern)} OR ${folded(Prisma.sql`a.counterpart`, pattern)})
    ORDER BY a."startDate" DESC, a.id LIMIT ${take}`
      : null,
  jointActions: (actor, { partnerId }, pattern, take) =>
    can(actor, "jointActions.read")
      ? Prisma.sql`
    SELECT j.id, j.title AS label, p.name AS detail, j.date AS "from", NULL::date AS "to", NULL AS "countryCode"
    FROM "JointAction" j JOIN "Partner" p ON p.id = j."partnerId"
    WHERE j."archivedAt" IS NULL AND ${folded(Prisma.sql`j.title`, pattern)}
      ${partnerId ? Prisma.sql`AND j."partnerId" = ${partnerId}` : Prisma.empty}
    ORDER BY j.date DESC, j.id LIMIT ${take}`
      : null,
  partners: (actor, _scope, pattern, take) =>
    can(actor, "reference.read")
      ? Prisma.sql`
    SELECT p.id, p.name AS label, p."shortName" AS detail, NULL::date AS "from", NULL::date AS "to", NULL AS "countryCode"
    FROM "Partner" p
    WHERE p."archivedAt" IS NULL AND (${folded(Prisma.sql`p.name`, pattern)} OR ${folded(Prisma.sql`p."shortName"`, pattern)})
    ORDER BY p.name, p.id LIMIT ${take}`
      : null,
  destinations: (actor, _scope, pattern, take) =>
    can(actor, "reference.read")
      ? Prisma.sql`
    SELECT d.id, d.city AS label, NULL AS detail, NULL::date AS "from", NULL::date AS "to", d."countryCode"
    FROM "Destination" d
    WHERE d."archivedAt" IS NULL AND ${folded(Prisma.sql`d.city`, pattern)}
    ORDER BY d.city, d.id LIMIT ${take}`
      : null,
  towns: (actor, _scope, pattern, take) =>
    can(actor, "records.read")
      ? Prisma.sql`
    SELECT t.id, t.name AS label, NULL AS detail, t."connectedOn" AS "from", NULL::date AS "to", NULL AS "countryCode"
    FROM "Town" t
    WHERE t."archivedAt" IS NULL AND ${folded(Prisma.sql`t.name`, pattern)}
    ORDER BY t.name, t.id LIMIT ${take}`
      : null,
};

/** The kinds this user may search, in the order the results page shows them. */
export function searchableKinds(actor: ActingUser): SearchKind[] {
  const scope = { partnerId: partnerScope(actor) };
  return searchKinds.filter((kind) => kindQueries[kind](actor, scope, "", 1) !== null);
}

/** Up to `searchLimitPerKind` hits of each kind the user may read, kinds without hits left out. */
export async function searchEverything(actor: ActingUser, text: string): Promise<SearchGroup[]> {
  const scope = { partnerId: partnerScope(actor) };
  // Raw SQL is not read through the unstorable-text guard's softening: a NUL matches nothing.
  const pattern = containsPattern(withStorableText(text));
  const groups = await Promise.all(
    searchKinds.map(async (kind) => {
      const sql = kindQueries[kind](actor, scope, pattern, searchLimitPerKind + 1);
      if (!sql) return null;
      const hits = await db.$queryRaw<SearchHit[]>(sql);
      return { kind, hits: hits.slice(0, searchLimitPerKind), hasMore: hits.length > searchLimitPerKind };
    }),
  );
  return groups.filter((group): group is SearchGroup => group !== null && group.hits.length > 0);
}

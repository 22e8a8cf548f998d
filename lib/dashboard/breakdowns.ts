import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The year's breakdowns: what the key figures count, by sector, partner, destination, country and
// objective. Each reads the year's rows of "BreakdownCount", which database triggers keep in step
// with the records (migration 20261202031000_breakdown_counts), so its cost follows the number of
// sectors, partners or places, not the number of records. The definitions the counts follow:
// - missions: COMPLETED, not archived, by the year of their first day; by the sectors, objectives,
//   partners (with their contributions) and destinations they link to; by the countries of their
//   destinations, once per country;
// - delegations: WELCOMED, not archived, by the Paris year of their arrival; by sector, partner,
//   origin city and origin country;
// - events: HELD, not archived, by the Paris year of their start; by sector, partner and objective;
// - joint actions: not archived, by the year of their date; by partner (with contacts and investor
//   leads) and destination.
// The year is each query's only parameter ($1).

export type SectorBreakdown = {
  id: string;
  nameFr: string;
  nameEn: string;
  missions: number;
  delegations: number;
  events: number;
};

export type PartnerBreakdown = {
  id: string;
  name: string;
  shortName: string;
  missions: number;
  delegations: number;
  events: number;
  contributionCents: number;
  /** The partner's joint actions dated in the year (a calendar day, so its year is the Paris one), not archived, and what they brought. */
  jointActions: number;
  contacts: number;
  investorLeads: number;
};

export type CountryBreakdown = { countryCode: string; missions: number; delegations: number };

export type ObjectiveBreakdown = { id: string; nameFr: string; nameEn: string; missions: number; events: number };

export type YearBreakdowns = {
  sectors: SectorBreakdown[];
  partners: PartnerBreakdown[];
  countries: CountryBreakdown[];
  objectives: ObjectiveBreakdown[];
};

/** Every breakdown of a year, destinations included: what a year's closure publishes. */
export type AllBreakdowns = YearBreakdowns & { destinations: DestinationBreakdown[] };

/**
 * The year's tables by sector, partner, country and objective in one round trip (each SQL
 * statement costs the app a round trip and its own work: decision 011). Each part numbers its rows in
 * its own order; the rows come back as JSON objects shaped like the types above.
 * - sectors and objectives: every active one, in code order, zero when nothing counted;
 * - partners: active ones with anything counted, most missions + delegations + events first, then
 *   most joint actions, then by name;
 * - countries: missions by the countries of their destinations (a mission to two cities of one
 *   country counts once) and delegations by origin country, most first.
 */
export async function getYearBreakdowns(year: number, client: Prisma.TransactionClient = db): Promise<YearBreakdowns> {
  const rows = await client.$queryRawUnsafe<{ part: keyof YearBreakdowns; row: unknown }[]>(
    `SELECT 'sectors' AS part, row_number() OVER (ORDER BY s.code) AS ordinal,
        json_build_object('id', s.id, 'nameFr', s."nameFr", 'nameEn', s."nameEn",
          'missions', coalesce(c.missions, 0), 'delegations', coalesce(c.delegations, 0), 'events', coalesce(c.events, 0)) AS row
      FROM "Sector" s LEFT JOIN "BreakdownCount" c ON c.year = $1 AND c.dimension = 'sector' AND c.key = s.id
      WHERE s."archivedAt" IS NULL
    UNION ALL
    SELECT 'partners', row_number() OVER (ORDER BY c.missions + c.delegations + c.events DESC, c."jointActions" DESC, p.name),
        json_build_object('id', p.id, 'name', p.name, 'shortName', p."shortName", 'missions', c.missions, 'delegations', c.delegations,
          'events', c.events, 'contributionCents', c."contributionCents", 'jointActions', c."jointActions", 'contacts', c.contacts,
          'investorLeads', c."investorLeads")
      FROM "BreakdownCount" c JOIN "Partner" p ON p.id = c.key
      WHERE c.year = $1 AND c.dimension = 'partner' AND p."archivedAt" IS NULL AND c.missions + c.delegations + c.events + c."jointActions" > 0
    UNION ALL
    SELECT 'countries', row_number() OVER (ORDER BY c.missions + c.delegations DESC, c.key),
        json_build_object('countryCode', c.key, 'missions', c.missions, 'delegations', c.delegations)
      FROM "BreakdownCount" c
      WHERE c.year = $1 AND c.dimension = 'country' AND c.missions + c.delegations > 0
    UNION ALL
    SELECT 'objectives', row_number() OVER (ORDER BY o.code),
        json_build_object('id', o.id, 'nameFr', o."nameFr", 'nameEn', o."nameEn", 'missions', coalesce(c.missions, 0), 'events', coalesce(c.events, 0))
      FROM "Objective" o LEFT JOIN "BreakdownCount" c ON c.year = $1 AND c.dimension = 'objective' AND c.key = o.id
      WHERE o."archivedAt" IS NULL
    ORDER BY part, ordinal`,
    year,
  );
  const breakdowns: YearBreakdowns = { sectors: [], partners: [], countries: [], objectives: [] };
  for (const { part, row } of rows) (breakdowns[part] as unknown[]).push(row);
  return breakdowns;
}

export const getSectorBreakdown = async (year: number) => (await getYearBreakdowns(year)).sectors;
export const getPartnerBreakdown = async (year: number) => (await getYearBreakdowns(year)).partners;
export const getCountryBreakdown = async (year: number) => (await getYearBreakdowns(year)).countries;
export const getObjectiveBreakdown = async (year: number) => (await getYearBreakdowns(year)).objectives;

export type DestinationBreakdown = {
  id: string;
  city: string;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  missions: number;
  delegations: number;
};

export async function getDestinationBreakdown(
  year: number,
  client: Prisma.TransactionClient = db,
): Promise<DestinationBreakdown[]> {
  return client.$queryRawUnsafe<DestinationBreakdown[]>(
    `SELECT t.id, t.city, t."countryCode", t.latitude, t.longitude, c.missions, c.delegations
    FROM "BreakdownCount" c JOIN "Destination" t ON t.id = c.key
    WHERE c.year = $1 AND c.dimension = 'destination' AND c.missions + c.delegations > 0
    ORDER BY c.missions + c.delegations DESC, t.city`,
    year,
  );
}

export type LeadingDestinations = {
  /** At most `limit` of the year's destinations, those the map can place first, in the breakdown's order. */
  rows: DestinationBreakdown[];
  /** The year's destinations in all, and those with coordinates. */
  total: number;
  placedTotal: number;
};

/** What the map draws: the leading destinations only (a year can have 2,000; the CSV has them all). */
export async function getLeadingDestinations(year: number, limit: number): Promise<LeadingDestinations> {
  const rows = await db.$queryRawUnsafe<(DestinationBreakdown & { total: number; placedTotal: number })[]>(
    `SELECT t.id, t.city, t."countryCode", t.latitude, t.longitude, c.missions, c.delegations,
      count(*) OVER ()::int AS total, (count(*) FILTER (WHERE t.latitude IS NOT NULL AND t.longitude IS NOT NULL) OVER ())::int AS "placedTotal"
    FROM "BreakdownCount" c JOIN "Destination" t ON t.id = c.key
    WHERE c.year = $1 AND c.dimension = 'destination' AND c.missions + c.delegations > 0
    ORDER BY (t.latitude IS NULL OR t.longitude IS NULL), c.missions + c.delegations DESC, t.city
    LIMIT $2`,
    year,
    limit,
  );
  return {
    rows: rows.map(({ total: _total, placedTotal: _placed, ...row }) => row),
    total: rows[0]?.total ?? 0,
    placedTotal: rows[0]?.placedTotal ?? 0,
  };
}

import "server-only";
import { db } from "@/lib/db";

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

export type SectorBreakdown = { id: string; nameFr: string; nameEn: string; missions: number; delegations: number; events: number };

export async function getSectorBreakdown(year: number): Promise<SectorBreakdown[]> {
  return db.$queryRawUnsafe<SectorBreakdown[]>(
    `SELECT s.id, s."nameFr", s."nameEn",
      coalesce(c.missions, 0)::int AS missions, coalesce(c.delegations, 0)::int AS delegations, coalesce(c.events, 0)::int AS events
    FROM "Sector" s LEFT JOIN "BreakdownCount" c ON c.year = $1 AND c.dimension = 'sector' AND c.key = s.id
    WHERE s."archivedAt" IS NULL
    ORDER BY s.code`,
    year,
  );
}

export type PartnerBreakdown = {
  id: string; name: string; shortName: string; missions: number; delegations: number; events: number; contributionCents: number;
  /** The partner's joint actions dated in the year (a calendar day, so its year is the Paris one), not archived, and what they brought. */
  jointActions: number; contacts: number; investorLeads: number;
};

export async function getPartnerBreakdown(year: number): Promise<PartnerBreakdown[]> {
  return db.$queryRawUnsafe<PartnerBreakdown[]>(
    `SELECT p.id, p.name, p."shortName", c.missions, c.delegations, c.events, c."contributionCents"::int AS "contributionCents",
      c."jointActions", c.contacts::int AS contacts, c."investorLeads"::int AS "investorLeads"
    FROM "BreakdownCount" c JOIN "Partner" p ON p.id = c.key
    WHERE c.year = $1 AND c.dimension = 'partner' AND p."archivedAt" IS NULL AND c.missions + c.delegations + c.events + c."jointActions" > 0
    ORDER BY c.missions + c.delegations + c.events DESC, c."jointActions" DESC, p.name`,
    year,
  );
}

export type DestinationBreakdown = {
  id: string; city: string; countryCode: string; latitude: number | null; longitude: number | null; missions: number; delegations: number;
};

export async function getDestinationBreakdown(year: number): Promise<DestinationBreakdown[]> {
  return db.$queryRawUnsafe<DestinationBreakdown[]>(
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
  return { rows: rows.map(({ total: _total, placedTotal: _placed, ...row }) => row), total: rows[0]?.total ?? 0, placedTotal: rows[0]?.placedTotal ?? 0 };
}

export type CountryBreakdown = { countryCode: string; missions: number; delegations: number };

/** Missions by the countries of their destinations (a mission to two cities of one country counts once); delegations by origin country. */
export async function getCountryBreakdown(year: number): Promise<CountryBreakdown[]> {
  return db.$queryRawUnsafe<CountryBreakdown[]>(
    `SELECT c.key AS "countryCode", c.missions, c.delegations
    FROM "BreakdownCount" c
    WHERE c.year = $1 AND c.dimension = 'country' AND c.missions + c.delegations > 0
    ORDER BY c.missions + c.delegations DESC, c.key`,
    year,
  );
}

export type ObjectiveBreakdown = { id: string; nameFr: string; nameEn: string; missions: number; events: number };

export async function getObjectiveBreakdown(year: number): Promise<ObjectiveBreakdown[]> {
  return db.$queryRawUnsafe<ObjectiveBreakdown[]>(
    `SELECT o.id, o."nameFr", o."nameEn", coalesce(c.missions, 0)::int AS missions, coalesce(c.events, 0)::int AS events
    FROM "Objective" o LEFT JOIN "BreakdownCount" c ON c.year = $1 AND c.dimension = 'objective' AND c.key = o.id
    WHERE o."archivedAt" IS NULL
    ORDER BY o.code`,
    year,
  );
}

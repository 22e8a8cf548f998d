import "server-only";
import { db } from "@/lib/db";

// The year's breakdowns: what the key figures count, by sector, partner, destination and
// objective. One SQL query each; the year is the only parameter ($1).

const yearStart = (offset: string) => `(make_date($1::int${offset}, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')`;

/** The records each key figure counts for year $1, as CTEs m (missions), d (delegations), e (events). */
const countedRecords = `
  m AS (SELECT id FROM "Mission" WHERE status = 'COMPLETED' AND "archivedAt" IS NULL
        AND "startDate" >= make_date($1::int, 1, 1) AND "startDate" < make_date($1::int + 1, 1, 1)),
  d AS (SELECT id, "originDestinationId", "originCountryCode" FROM "Delegation" WHERE status = 'WELCOMED' AND "archivedAt" IS NULL
        AND "arrivalAt" >= ${yearStart("")} AND "arrivalAt" < ${yearStart(" + 1")}),
  e AS (SELECT id FROM "InternationalEvent" WHERE status = 'HELD' AND "archivedAt" IS NULL
        AND "startsAt" >= ${yearStart("")} AND "startsAt" < ${yearStart(" + 1")})`;

export type SectorBreakdown = { id: string; nameFr: string; nameEn: string; missions: number; delegations: number; events: number };

export async function getSectorBreakdown(year: number): Promise<SectorBreakdown[]> {
  return db.$queryRawUnsafe<SectorBreakdown[]>(
    `WITH ${countedRecords}
    SELECT s.id, s."nameFr", s."nameEn",
      (SELECT count(*) FROM "_MissionToSector" x JOIN m ON m.id = x."A" WHERE x."B" = s.id)::int AS missions,
      (SELECT count(*) FROM "_DelegationToSector" x JOIN d ON d.id = x."A" WHERE x."B" = s.id)::int AS delegations,
      (SELECT count(*) FROM "_InternationalEventToSector" x JOIN e ON e.id = x."A" WHERE x."B" = s.id)::int AS events
    FROM "Sector" s WHERE s."archivedAt" IS NULL ORDER BY s.code`,
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
    `WITH ${countedRecords},
    ja AS (SELECT "partnerId", count(*) AS "jointActions", sum("contactsCount") AS contacts, sum("investorLeadsCount") AS "investorLeads"
           FROM "JointAction" WHERE "archivedAt" IS NULL AND date >= make_date($1::int, 1, 1) AND date < make_date($1::int + 1, 1, 1)
           GROUP BY "partnerId"),
    rows AS (
      SELECT p.id, p.name, p."shortName",
        (SELECT count(*) FROM "MissionPartner" x JOIN m ON m.id = x."missionId" WHERE x."partnerId" = p.id)::int AS missions,
        (SELECT count(*) FROM "_DelegationToPartner" x JOIN d ON d.id = x."A" WHERE x."B" = p.id)::int AS delegations,
        (SELECT count(*) FROM "_InternationalEventToPartner" x JOIN e ON e.id = x."A" WHERE x."B" = p.id)::int AS events,
        (SELECT coalesce(sum(x."contributionCents"), 0) FROM "MissionPartner" x JOIN m ON m.id = x."missionId" WHERE x."partnerId" = p.id)::int AS "contributionCents",
        coalesce(j."jointActions", 0)::int AS "jointActions", coalesce(j.contacts, 0)::int AS contacts, coalesce(j."investorLeads", 0)::int AS "investorLeads"
      FROM "Partner" p
      LEFT JOIN ja j ON j."partnerId" = p.id
      WHERE p."archivedAt" IS NULL)
    SELECT * FROM rows WHERE missions + delegations + events + "jointActions" > 0
    ORDER BY missions + delegations + events DESC, "jointActions" DESC, name`,
    year,
  );
}

export type DestinationBreakdown = {
  id: string; city: string; countryCode: string; latitude: number | null; longitude: number | null; missions: number; delegations: number;
};

export async function getDestinationBreakdown(year: number): Promise<DestinationBreakdown[]> {
  return db.$queryRawUnsafe<DestinationBreakdown[]>(
    `WITH ${countedRecords},
    rows AS (
      SELECT t.id, t.city, t."countryCode", t.latitude, t.longitude,
        (SELECT count(*) FROM "_DestinationToMission" x JOIN m ON m.id = x."B" WHERE x."A" = t.id)::int AS missions,
        (SELECT count(*) FROM d WHERE d."originDestinationId" = t.id)::int AS delegations
      FROM "Destination" t)
    SELECT * FROM rows WHERE missions + delegations > 0
    ORDER BY missions + delegations DESC, city`,
    year,
  );
}

export type CountryBreakdown = { countryCode: string; missions: number; delegations: number };

/** Missions by the countries of their destinations (a mission to two cities of one country counts once); delegations by origin country. */
export async function getCountryBreakdown(year: number): Promise<CountryBreakdown[]> {
  return db.$queryRawUnsafe<CountryBreakdown[]>(
    `WITH ${countedRecords},
    mission_countries AS (SELECT DISTINCT x."B" AS mission, t."countryCode" FROM "_DestinationToMission" x JOIN m ON m.id = x."B" JOIN "Destination" t ON t.id = x."A"),
    countries AS (SELECT "countryCode" FROM mission_countries UNION SELECT "originCountryCode" FROM d),
    rows AS (
      SELECT c."countryCode",
        (SELECT count(*) FROM mission_countries mc WHERE mc."countryCode" = c."countryCode")::int AS missions,
        (SELECT count(*) FROM d WHERE d."originCountryCode" = c."countryCode")::int AS delegations
      FROM countries c)
    SELECT * FROM rows ORDER BY missions + delegations DESC, "countryCode"`,
    year,
  );
}

export type ObjectiveBreakdown = { id: string; nameFr: string; nameEn: string; missions: number; events: number };

export async function getObjectiveBreakdown(year: number): Promise<ObjectiveBreakdown[]> {
  return db.$queryRawUnsafe<ObjectiveBreakdown[]>(
    `WITH ${countedRecords}
    SELECT o.id, o."nameFr", o."nameEn",
      (SELECT count(*) FROM "_MissionToObjective" x JOIN m ON m.id = x."A" WHERE x."B" = o.id)::int AS missions,
      (SELECT count(*) FROM "_InternationalEventToObjective" x JOIN e ON e.id = x."A" WHERE x."B" = o.id)::int AS events
    FROM "Objective" o WHERE o."archivedAt" IS NULL ORDER BY o.code`,
    year,
  );
}

import { db } from "@/lib/db";

// The breakdowns counted straight from the records, as lib/dashboard/breakdowns.ts did before
// "BreakdownCount" (migration 20261202031000_breakdown_counts): the reference the trigger-kept
// counts must always equal (breakdown-counts.test.ts). The year is each query's only parameter.

const yearStart = (offset: string) => `(make_date($1::int${offset}, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')`;

/**
 * The records each key figure counts for year $1, as CTEs m (missions), d (delegations), e
 * (events). Each reads one partial index of exactly those records (migration
 * 20261127174000_dashboard_and_list_performance), so its cost follows the year, not the history.
 */
const countedRecords = `
  m AS MATERIALIZED (SELECT id FROM "Mission" WHERE status = 'COMPLETED' AND "archivedAt" IS NULL
        AND "startDate" >= make_date($1::int, 1, 1) AND "startDate" < make_date($1::int + 1, 1, 1)),
  d AS MATERIALIZED (SELECT id, "originDestinationId", "originCountryCode" FROM "Delegation" WHERE status = 'WELCOMED' AND "archivedAt" IS NULL
        AND "arrivalAt" >= ${yearStart("")} AND "arrivalAt" < ${yearStart(" + 1")}),
  e AS MATERIALIZED (SELECT id FROM "InternationalEvent" WHERE status = 'HELD' AND "archivedAt" IS NULL
        AND "startsAt" >= ${yearStart("")} AND "startsAt" < ${yearStart(" + 1")})`;

/**
 * The `value` column of the link rows of a counted set's records: one index probe per record.
 * (OFFSET 0 keeps the planner from joining by hashing the whole link table, which holds every
 * year's links.)
 */
const linksOf = (set: string, table: string, key: string, value: string) =>
  `SELECT l.value FROM ${set} CROSS JOIN LATERAL (SELECT "${value}" AS value FROM "${table}" WHERE "${key}" = ${set}.id OFFSET 0) AS l`;

type SectorBreakdown = {
  id: string;
  nameFr: string;
  nameEn: string;
  missions: number;
  delegations: number;
  events: number;
};

export async function countSectorBreakdown(year: number): Promise<SectorBreakdown[]> {
  return db.$queryRawUnsafe<SectorBreakdown[]>(
    `WITH ${countedRecords},
    counts AS (
      SELECT value AS id, count(*) AS missions, 0 AS delegations, 0 AS events FROM (${linksOf("m", "_MissionToSector", "A", "B")}) AS x GROUP BY value
      UNION ALL SELECT value, 0, count(*), 0 FROM (${linksOf("d", "_DelegationToSector", "A", "B")}) AS x GROUP BY value
      UNION ALL SELECT value, 0, 0, count(*) FROM (${linksOf("e", "_InternationalEventToSector", "A", "B")}) AS x GROUP BY value)
    SELECT s.id, s."nameFr", s."nameEn",
      coalesce(sum(c.missions), 0)::int AS missions, coalesce(sum(c.delegations), 0)::int AS delegations, coalesce(sum(c.events), 0)::int AS events
    FROM "Sector" s LEFT JOIN counts c ON c.id = s.id
    WHERE s."archivedAt" IS NULL
    GROUP BY s.id ORDER BY s.code`,
    year,
  );
}

type PartnerBreakdown = {
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

export async function countPartnerBreakdown(year: number): Promise<PartnerBreakdown[]> {
  return db.$queryRawUnsafe<PartnerBreakdown[]>(
    `WITH ${countedRecords},
    counts AS (
      SELECT l."partnerId" AS id, count(*) AS missions, 0 AS delegations, 0 AS events, sum(l."contributionCents") AS contribution,
          0 AS "jointActions", 0 AS contacts, 0 AS leads
        FROM m CROSS JOIN LATERAL (SELECT "partnerId", "contributionCents" FROM "MissionPartner" WHERE "missionId" = m.id OFFSET 0) AS l GROUP BY 1
      UNION ALL SELECT value, 0, count(*), 0, 0, 0, 0, 0 FROM (${linksOf("d", "_DelegationToPartner", "A", "B")}) AS x GROUP BY value
      UNION ALL SELECT value, 0, 0, count(*), 0, 0, 0, 0 FROM (${linksOf("e", "_InternationalEventToPartner", "A", "B")}) AS x GROUP BY value
      UNION ALL SELECT "partnerId", 0, 0, 0, 0, count(*), sum("contactsCount"), sum("investorLeadsCount") FROM "JointAction"
        WHERE "archivedAt" IS NULL AND date >= make_date($1::int, 1, 1) AND date < make_date($1::int + 1, 1, 1) GROUP BY 1),
    rows AS (
      SELECT p.id, p.name, p."shortName",
        sum(c.missions)::int AS missions, sum(c.delegations)::int AS delegations, sum(c.events)::int AS events,
        sum(c.contribution)::int AS "contributionCents", sum(c."jointActions")::int AS "jointActions",
        sum(c.contacts)::int AS contacts, sum(c.leads)::int AS "investorLeads"
      FROM counts c JOIN "Partner" p ON p.id = c.id
      WHERE p."archivedAt" IS NULL
      GROUP BY p.id)
    SELECT * FROM rows WHERE missions + delegations + events + "jointActions" > 0
    ORDER BY missions + delegations + events DESC, "jointActions" DESC, name`,
    year,
  );
}

type DestinationBreakdown = {
  id: string;
  city: string;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  missions: number;
  delegations: number;
};

export async function countDestinationBreakdown(year: number): Promise<DestinationBreakdown[]> {
  return db.$queryRawUnsafe<DestinationBreakdown[]>(
    `WITH ${countedRecords},
    counts AS (
      SELECT value AS id, count(*) AS missions, 0 AS delegations FROM (${linksOf("m", "_DestinationToMission", "B", "A")}) AS x GROUP BY value
      UNION ALL SELECT "originDestinationId", 0, count(*) FROM d WHERE "originDestinationId" IS NOT NULL GROUP BY 1),
    rows AS (
      SELECT t.id, t.city, t."countryCode", t.latitude, t.longitude, sum(c.missions)::int AS missions, sum(c.delegations)::int AS delegations
      FROM counts c JOIN "Destination" t ON t.id = c.id
      GROUP BY t.id)
    SELECT * FROM rows WHERE missions + delegations > 0
    ORDER BY missions + delegations DESC, city`,
    year,
  );
}

type CountryBreakdown = { countryCode: string; missions: number; delegations: number };

/** Missions by the countries of their destinations (a mission to two cities of one country counts once); delegations by origin country. */
export async function countCountryBreakdown(year: number): Promise<CountryBreakdown[]> {
  return db.$queryRawUnsafe<CountryBreakdown[]>(
    `WITH ${countedRecords},
    mission_countries AS (
      SELECT DISTINCT x.mission, t."countryCode"
      FROM (SELECT m.id AS mission, l.value FROM m CROSS JOIN LATERAL (SELECT "A" AS value FROM "_DestinationToMission" WHERE "B" = m.id OFFSET 0) AS l) AS x
      JOIN "Destination" t ON t.id = x.value),
    counts AS (
      SELECT "countryCode", count(*) AS missions, 0 AS delegations FROM mission_countries GROUP BY 1
      UNION ALL SELECT "originCountryCode", 0, count(*) FROM d GROUP BY 1),
    rows AS (SELECT "countryCode", sum(missions)::int AS missions, sum(delegations)::int AS delegations FROM counts GROUP BY 1)
    SELECT * FROM rows ORDER BY missions + delegations DESC, "countryCode"`,
    year,
  );
}

type ObjectiveBreakdown = { id: string; nameFr: string; nameEn: string; missions: number; events: number };

export async function countObjectiveBreakdown(year: number): Promise<ObjectiveBreakdown[]> {
  return db.$queryRawUnsafe<ObjectiveBreakdown[]>(
    `WITH ${countedRecords},
    counts AS (
      SELECT value AS id, count(*) AS missions, 0 AS events FROM (${linksOf("m", "_MissionToObjective", "A", "B")}) AS x GROUP BY value
      UNION ALL SELECT value, 0, count(*) FROM (${linksOf("e", "_InternationalEventToObjective", "A", "B")}) AS x GROUP BY value)
    SELECT o.id, o."nameFr", o."nameEn", coalesce(sum(c.missions), 0)::int AS missions, coalesce(sum(c.events), 0)::int AS events
    FROM "Objective" o LEFT JOIN counts c ON c.id = o.id
    WHERE o."archivedAt" IS NULL
    GROUP BY o.id ORDER BY o.code`,
    year,
  );
}

/** The priority-coverage cells of a period's years, counted from the records: destination, year and the four measures. */
export async function countCoverageCells(periodId: string, startYear: number, endYear: number) {
  return db.$queryRawUnsafe<
    {
      destinationId: string;
      city: string;
      countryCode: string;
      year: number;
      missions: number;
      delegations: number;
      agreements: number;
      jointActions: number;
    }[]
  >(
    `WITH priority AS (SELECT "destinationId" AS id FROM "PriorityDestination" WHERE "periodId" = $1),
    mission_years AS (
      SELECT l.destination, extract(year FROM m."startDate")::int AS year, count(*) AS n
      FROM "Mission" m CROSS JOIN LATERAL (SELECT "A" AS destination FROM "_DestinationToMission" WHERE "B" = m.id OFFSET 0) AS l
      WHERE m.status = 'COMPLETED' AND m."archivedAt" IS NULL
        AND m."startDate" >= make_date($2::int, 1, 1) AND m."startDate" < make_date($3::int + 1, 1, 1)
        AND l.destination IN (SELECT id FROM priority)
      GROUP BY 1, 2),
    delegation_years AS (
      SELECT d."originDestinationId" AS destination, extract(year FROM d."arrivalAt" AT TIME ZONE 'Europe/Paris')::int AS year, count(*) AS n
      FROM "Delegation" d
      WHERE d."originDestinationId" IN (SELECT id FROM priority) AND d.status = 'WELCOMED' AND d."archivedAt" IS NULL
        AND d."arrivalAt" >= (make_date($2::int, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')
        AND d."arrivalAt" < (make_date($3::int + 1, 1, 1)::timestamp AT TIME ZONE 'Europe/Paris')
      GROUP BY 1, 2),
    joint_action_years AS (
      SELECT j."destinationId" AS destination, extract(year FROM j.date)::int AS year, count(*) AS n
      FROM "JointAction" j
      WHERE j."destinationId" IN (SELECT id FROM priority) AND j."archivedAt" IS NULL
        AND j.date >= make_date($2::int, 1, 1) AND j.date < make_date($3::int + 1, 1, 1)
      GROUP BY 1, 2)
    SELECT t.id AS "destinationId", t.city, t."countryCode", y.year::int AS year,
      coalesce(mc.n, 0)::int AS missions, coalesce(dc.n, 0)::int AS delegations,
      (SELECT count(*) FROM "Agreement" a
        WHERE a."destinationId" = t.id AND a."archivedAt" IS NULL
          AND a."startDate" <= make_date(y.year, 12, 31) AND (a."endDate" IS NULL OR a."endDate" >= make_date(y.year, 1, 1)))::int AS agreements,
      coalesce(jc.n, 0)::int AS "jointActions"
    FROM priority p
    JOIN "Destination" t ON t.id = p.id
    CROSS JOIN generate_series($2::int, $3::int) AS y(year)
    LEFT JOIN mission_years mc ON mc.destination = t.id AND mc.year = y.year
    LEFT JOIN delegation_years dc ON dc.destination = t.id AND dc.year = y.year
    LEFT JOIN joint_action_years jc ON jc.destination = t.id AND jc.year = y.year
    ORDER BY t.city, y.year`,
    periodId,
    startYear,
    endYear,
  );
}

-- Each key figure defined once (docs/decisions/009-dashboard.md): "counted_records" says which
-- records each figure counts, and in which Paris year; the view "CountedRecord" is every one of
-- them. Until now the definitions stood in the key-figure triggers' arguments, their backfill, the
-- breakdown contributions, the closures' record lists and the tests. Now:
--  * the breakdown contributions (migration 20261202031000) read it, and a record's contribution
--    to its figure is one more of them (dimension 'total', key the figure);
--  * "KeyFigureCount" is kept from those contributions at commit, with the breakdowns, in the same
--    ordered statement; its own triggers, which repeated the definitions, are dropped;
--  * closures, the drill-down checks and the tests read "CountedRecord".
-- Connected towns count cumulatively (every town connected on or before 31 December): their rows
-- give the year of connection, and readers count the years up to the one asked for.

CREATE FUNCTION "counted_records"(p_source text, p_ids text[])
RETURNS TABLE ("figure" text, "recordId" text, "year" int)
LANGUAGE sql STABLE AS $$
  -- The ids as a set, not "= ANY (array)" (see "breakdown_contributions").
  WITH wanted AS (SELECT DISTINCT unnest(p_ids) AS id)
  SELECT 'missionsCarriedOut', id, extract(year FROM "startDate")::int FROM "Mission"
    WHERE p_source = 'mission' AND (p_ids IS NULL OR id IN (SELECT id FROM wanted)) AND status = 'COMPLETED' AND "archivedAt" IS NULL
  UNION ALL
  SELECT 'delegationsWelcomed', id, extract(year FROM "arrivalAt" AT TIME ZONE 'Europe/Paris')::int FROM "Delegation"
    WHERE p_source = 'delegation' AND (p_ids IS NULL OR id IN (SELECT id FROM wanted)) AND status = 'WELCOMED' AND "archivedAt" IS NULL
  UNION ALL
  SELECT 'internationalEventsOrganised', id, extract(year FROM "startsAt" AT TIME ZONE 'Europe/Paris')::int FROM "InternationalEvent"
    WHERE p_source = 'event' AND (p_ids IS NULL OR id IN (SELECT id FROM wanted)) AND status = 'HELD' AND "archivedAt" IS NULL
  UNION ALL
  SELECT 'connectedTowns', id, extract(year FROM "connectedOn")::int FROM "Town"
    WHERE p_source = 'town' AND (p_ids IS NULL OR id IN (SELECT id FROM wanted)) AND "archivedAt" IS NULL AND "connectedOn" IS NOT NULL
$$;

CREATE VIEW "CountedRecord" AS
  SELECT c."figure", c."recordId", c."year"
  FROM unnest(ARRAY['mission', 'delegation', 'event', 'town']) AS s(source) CROSS JOIN LATERAL "counted_records"(s.source, NULL) AS c;

-- The breakdowns' contributions, from the definitions above.
CREATE OR REPLACE FUNCTION "breakdown_contributions"(p_source text, p_ids text[])
RETURNS TABLE ("recordId" text, "year" int, "dimension" text, "key" text, "contributionCents" bigint)
LANGUAGE sql STABLE AS $$
  WITH counted AS (SELECT * FROM "counted_records"(p_source, p_ids)),
    m AS (SELECT "recordId" AS id, year FROM counted WHERE figure = 'missionsCarriedOut'),
    d AS (SELECT c."recordId" AS id, c.year, x."originDestinationId", x."originCountryCode"
      FROM counted c JOIN "Delegation" x ON x.id = c."recordId" WHERE c.figure = 'delegationsWelcomed'),
    e AS (SELECT "recordId" AS id, year FROM counted WHERE figure = 'internationalEventsOrganised')
  SELECT c."recordId", c.year, 'total', c.figure, 0::bigint FROM counted c WHERE c.figure <> 'connectedTowns'
  UNION ALL SELECT m.id, m.year, 'sector', l."B", 0 FROM m JOIN "_MissionToSector" l ON l."A" = m.id
  UNION ALL SELECT m.id, m.year, 'objective', l."B", 0 FROM m JOIN "_MissionToObjective" l ON l."A" = m.id
  UNION ALL SELECT m.id, m.year, 'partner', l."partnerId", l."contributionCents" FROM m JOIN "MissionPartner" l ON l."missionId" = m.id
  UNION ALL SELECT m.id, m.year, 'destination', l."A", 0 FROM m JOIN "_DestinationToMission" l ON l."B" = m.id
  UNION ALL SELECT DISTINCT m.id, m.year, 'country', t."countryCode"::text, 0::bigint
    FROM m JOIN "_DestinationToMission" l ON l."B" = m.id JOIN "Destination" t ON t.id = l."A"
  UNION ALL SELECT d.id, d.year, 'sector', l."B", 0 FROM d JOIN "_DelegationToSector" l ON l."A" = d.id
  UNION ALL SELECT d.id, d.year, 'partner', l."B", 0 FROM d JOIN "_DelegationToPartner" l ON l."A" = d.id
  UNION ALL SELECT d.id, d.year, 'destination', d."originDestinationId", 0 FROM d WHERE d."originDestinationId" IS NOT NULL
  UNION ALL SELECT d.id, d.year, 'country', d."originCountryCode"::text, 0 FROM d
  UNION ALL SELECT e.id, e.year, 'sector', l."B", 0 FROM e JOIN "_InternationalEventToSector" l ON l."A" = e.id
  UNION ALL SELECT e.id, e.year, 'partner', l."B", 0 FROM e JOIN "_InternationalEventToPartner" l ON l."A" = e.id
  UNION ALL SELECT e.id, e.year, 'objective', l."B", 0 FROM e JOIN "_InternationalEventToObjective" l ON l."A" = e.id
$$;

-- At commit: the transaction's pending differences, added to the breakdowns and, for the
-- 'total' ones, to the key figures, each in one ordered statement.
CREATE OR REPLACE FUNCTION "breakdown_flush"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH taken AS (DELETE FROM "BreakdownPending" WHERE "txid" = NEW."txid" RETURNING *),
    summed AS (
      SELECT "year", "dimension", "key", sum("missions")::int AS missions, sum("delegations")::int AS delegations, sum("events")::int AS events,
        sum("contributionCents")::bigint AS cents, sum("jointActions")::int AS joint_actions, sum("contacts")::bigint AS contacts,
        sum("investorLeads")::bigint AS leads
      FROM taken GROUP BY 1, 2, 3),
    breakdowns AS (
      INSERT INTO "BreakdownCount" ("year", "dimension", "key", "missions", "delegations", "events", "contributionCents", "jointActions", "contacts", "investorLeads")
      SELECT "year", "dimension", "key", missions, delegations, events, cents, joint_actions, contacts, leads FROM summed
      WHERE "dimension" <> 'total' AND (missions <> 0 OR delegations <> 0 OR events <> 0 OR cents <> 0 OR joint_actions <> 0 OR contacts <> 0 OR leads <> 0)
      ORDER BY "year", "dimension", "key"
      ON CONFLICT ("year", "dimension", "key") DO UPDATE SET
        "missions" = "BreakdownCount"."missions" + EXCLUDED."missions",
        "delegations" = "BreakdownCount"."delegations" + EXCLUDED."delegations",
        "events" = "BreakdownCount"."events" + EXCLUDED."events",
        "contributionCents" = "BreakdownCount"."contributionCents" + EXCLUDED."contributionCents",
        "jointActions" = "BreakdownCount"."jointActions" + EXCLUDED."jointActions",
        "contacts" = "BreakdownCount"."contacts" + EXCLUDED."contacts",
        "investorLeads" = "BreakdownCount"."investorLeads" + EXCLUDED."investorLeads"
      RETURNING 1)
  INSERT INTO "KeyFigureCount" ("year", "figure", "count")
  SELECT "year", "key", missions + delegations + events FROM summed
  WHERE "dimension" = 'total' AND missions + delegations + events <> 0
  ORDER BY "year", "key"
  ON CONFLICT ("year", "figure") DO UPDATE SET "count" = "KeyFigureCount"."count" + EXCLUDED."count";
  DELETE FROM "BreakdownFlushRequest" WHERE "txid" = NEW."txid";
  RETURN NULL;
END;
$$;

-- Everything from the records (a TRUNCATE fires no row trigger), key figures included.
CREATE OR REPLACE FUNCTION "breakdown_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "BreakdownContribution";
  DELETE FROM "BreakdownPending";
  DELETE FROM "BreakdownCount";
  DELETE FROM "KeyFigureCount";
  INSERT INTO "BreakdownContribution" ("source", "recordId", "year", "dimension", "key", "contributionCents")
  SELECT s.source, x."recordId", x."year", x."dimension", x."key", x."contributionCents"
  FROM unnest(ARRAY['mission', 'delegation', 'event']) AS s(source) CROSS JOIN LATERAL "breakdown_contributions"(s.source, NULL) AS x;
  INSERT INTO "KeyFigureCount" ("year", "figure", "count")
  SELECT "year", "key", count(*)::int FROM "BreakdownContribution" WHERE "dimension" = 'total' GROUP BY 1, 2;
  INSERT INTO "BreakdownCount" ("year", "dimension", "key", "missions", "delegations", "events", "contributionCents", "jointActions", "contacts", "investorLeads")
  SELECT "year", "dimension", "key", sum(missions)::int, sum(delegations)::int, sum(events)::int, sum(cents)::bigint,
    sum(joint_actions)::int, sum(contacts)::bigint, sum(leads)::bigint
  FROM (
    SELECT "year", "dimension", "key", (source = 'mission')::int AS missions, (source = 'delegation')::int AS delegations,
      (source = 'event')::int AS events, "contributionCents" AS cents, 0 AS joint_actions, 0 AS contacts, 0 AS leads
    FROM "BreakdownContribution" WHERE "dimension" <> 'total'
    UNION ALL SELECT extract(year FROM date)::int, 'partner', "partnerId", 0, 0, 0, 0, 1, "contactsCount", "investorLeadsCount" FROM "JointAction" WHERE "archivedAt" IS NULL
    UNION ALL SELECT extract(year FROM date)::int, 'destination', "destinationId", 0, 0, 0, 0, 1, 0, 0 FROM "JointAction" WHERE "archivedAt" IS NULL AND "destinationId" IS NOT NULL
  ) AS x
  GROUP BY 1, 2, 3;
END;
$$;

-- The key figures' own triggers repeated the definitions: the contributions keep them now.
DROP TRIGGER "Mission_key_figures_insert" ON "Mission";
DROP TRIGGER "Mission_key_figures_update" ON "Mission";
DROP TRIGGER "Mission_key_figures_delete" ON "Mission";
DROP TRIGGER "Mission_key_figures_truncate" ON "Mission";
DROP TRIGGER "Delegation_key_figures_insert" ON "Delegation";
DROP TRIGGER "Delegation_key_figures_update" ON "Delegation";
DROP TRIGGER "Delegation_key_figures_delete" ON "Delegation";
DROP TRIGGER "Delegation_key_figures_truncate" ON "Delegation";
DROP TRIGGER "InternationalEvent_key_figures_insert" ON "InternationalEvent";
DROP TRIGGER "InternationalEvent_key_figures_update" ON "InternationalEvent";
DROP TRIGGER "InternationalEvent_key_figures_delete" ON "InternationalEvent";
DROP TRIGGER "InternationalEvent_key_figures_truncate" ON "InternationalEvent";
DROP FUNCTION "key_figure_count_changes"();
DROP FUNCTION "key_figure_count_reset"();

-- The breakdowns published with each closed year.
ALTER TABLE "YearClosure" ADD COLUMN "breakdowns" JSONB;

-- The records that exist already, with the 'total' contributions.
SELECT "breakdown_rebuild"();

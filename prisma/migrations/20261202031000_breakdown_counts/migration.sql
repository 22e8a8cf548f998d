-- Issue 9: the dashboard's breakdowns (by sector, partner, destination, country, objective) and the
-- priority-coverage matrix read per-year counts that the database keeps in step with the records,
-- like "KeyFigureCount" (docs/decisions/011-benchmark.md). Three tables:
--  * "BreakdownContribution": what each counted record adds today (one row per link: a completed
--    mission with two sectors has two 'sector' rows). When anything about a record changes — the
--    record, one of its links, the country of one of its destinations — its rows are recomputed
--    from the current state; the difference with the rows it replaces is the change to the counts.
--    Storing them means no trigger ever needs the state before a change, so deletions cascading
--    from a record to its links, or "distinct countries per mission", need no special order.
--  * "BreakdownPending": those differences, written by the statement that caused them; insert-only.
--  * "BreakdownCount": the counts, one row per (year, dimension, key). A deferred trigger adds the
--    transaction's pending differences at commit, in one statement, in key order: concurrent
--    writers never hold these shared rows during their transaction and always lock them in the
--    same order, so they cannot deadlock on them.
-- The definitions (what counts, in which year) are those of lib/dashboard/figures.ts and
-- lib/dashboard/breakdowns.ts; tests/integration/performance/breakdown-counts.test.ts checks the
-- counts against the records after every kind of change.

CREATE TABLE "BreakdownContribution" (
    "source" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "contributionCents" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "BreakdownContribution_pkey" PRIMARY KEY ("source", "recordId", "dimension", "key")
);

CREATE TABLE "BreakdownPending" (
    "id" BIGSERIAL NOT NULL,
    "txid" BIGINT NOT NULL,
    "year" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "missions" INTEGER NOT NULL DEFAULT 0,
    "delegations" INTEGER NOT NULL DEFAULT 0,
    "events" INTEGER NOT NULL DEFAULT 0,
    "contributionCents" BIGINT NOT NULL DEFAULT 0,
    "jointActions" INTEGER NOT NULL DEFAULT 0,
    "contacts" BIGINT NOT NULL DEFAULT 0,
    "investorLeads" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "BreakdownPending_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BreakdownPending_txid_idx" ON "BreakdownPending" ("txid");

-- One row per transaction with pending differences: its insertion queues the flush at commit.
CREATE TABLE "BreakdownFlushRequest" (
    "txid" BIGINT NOT NULL,
    CONSTRAINT "BreakdownFlushRequest_pkey" PRIMARY KEY ("txid")
);

CREATE TABLE "BreakdownCount" (
    "year" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "missions" INTEGER NOT NULL DEFAULT 0,
    "delegations" INTEGER NOT NULL DEFAULT 0,
    "events" INTEGER NOT NULL DEFAULT 0,
    "contributionCents" BIGINT NOT NULL DEFAULT 0,
    "jointActions" INTEGER NOT NULL DEFAULT 0,
    "contacts" BIGINT NOT NULL DEFAULT 0,
    "investorLeads" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "BreakdownCount_pkey" PRIMARY KEY ("year", "dimension", "key")
);

-- What records add to the breakdowns, from their current state; ids NULL means every record.
-- Missions: COMPLETED, not archived, by the year of their first day; a mission to two cities of
-- one country counts once for that country. Delegations: WELCOMED, not archived, by the Paris year
-- of their arrival; their country is their own originCountryCode. Events: HELD, not archived, by
-- the Paris year of their start.
CREATE FUNCTION "breakdown_contributions"(p_source text, p_ids text[])
RETURNS TABLE ("recordId" text, "year" int, "dimension" text, "key" text, "contributionCents" bigint)
LANGUAGE sql STABLE AS $$
  -- The ids as a set, not "= ANY (array)": a bulk statement passes 100,000 of them, and an array is
  -- searched element by element for every row.
  WITH wanted AS (SELECT DISTINCT unnest(p_ids) AS id),
    m AS (SELECT id, extract(year FROM "startDate")::int AS year FROM "Mission"
      WHERE p_source = 'mission' AND (p_ids IS NULL OR id IN (SELECT id FROM wanted)) AND status = 'COMPLETED' AND "archivedAt" IS NULL),
    d AS (SELECT id, extract(year FROM "arrivalAt" AT TIME ZONE 'Europe/Paris')::int AS year, "originDestinationId", "originCountryCode" FROM "Delegation"
      WHERE p_source = 'delegation' AND (p_ids IS NULL OR id IN (SELECT id FROM wanted)) AND status = 'WELCOMED' AND "archivedAt" IS NULL),
    e AS (SELECT id, extract(year FROM "startsAt" AT TIME ZONE 'Europe/Paris')::int AS year FROM "InternationalEvent"
      WHERE p_source = 'event' AND (p_ids IS NULL OR id IN (SELECT id FROM wanted)) AND status = 'HELD' AND "archivedAt" IS NULL)
  SELECT m.id, m.year, 'sector', l."B", 0::bigint FROM m JOIN "_MissionToSector" l ON l."A" = m.id
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

CREATE FUNCTION "breakdown_current_txid"() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT pg_current_xact_id()::text::bigint $$;

-- Recomputes the contributions of these records (of one source) and queues the difference.
CREATE FUNCTION "breakdown_refresh"(p_source text, p_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  parent text := CASE p_source WHEN 'mission' THEN 'Mission' WHEN 'delegation' THEN 'Delegation' ELSE 'InternationalEvent' END;
  v_txid bigint := "breakdown_current_txid"();
  queued int;
BEGIN
  IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
  -- Two transactions refreshing one record take turns (the second then reads what the first
  -- committed, so neither keeps rows the other replaced). A row lock, not an advisory lock: a bulk
  -- import refreshes tens of thousands of records in one transaction.
  EXECUTE format('SELECT 1 FROM %I WHERE id IN (SELECT unnest($1)) ORDER BY id FOR NO KEY UPDATE', parent) USING p_ids;
  WITH removed AS (
      DELETE FROM "BreakdownContribution" c WHERE c."source" = p_source AND c."recordId" IN (SELECT unnest(p_ids))
      RETURNING c."year", c."dimension", c."key", -1 AS n, -c."contributionCents" AS cents),
    added AS (
      INSERT INTO "BreakdownContribution" ("source", "recordId", "year", "dimension", "key", "contributionCents")
      SELECT p_source, x."recordId", x."year", x."dimension", x."key", x."contributionCents" FROM "breakdown_contributions"(p_source, p_ids) AS x
      RETURNING "year", "dimension", "key", 1 AS n, "contributionCents" AS cents),
    changes AS (
      SELECT c."year", c."dimension", c."key", sum(c.n)::int AS n, sum(c.cents)::bigint AS cents
      FROM (SELECT * FROM removed UNION ALL SELECT * FROM added) AS c
      GROUP BY 1, 2, 3 HAVING sum(c.n) <> 0 OR sum(c.cents) <> 0),
    queued_rows AS (
      INSERT INTO "BreakdownPending" ("txid", "year", "dimension", "key", "missions", "delegations", "events", "contributionCents")
      SELECT v_txid, c."year", c."dimension", c."key",
        CASE WHEN p_source = 'mission' THEN c.n ELSE 0 END, CASE WHEN p_source = 'delegation' THEN c.n ELSE 0 END,
        CASE WHEN p_source = 'event' THEN c.n ELSE 0 END, c.cents
      FROM changes AS c RETURNING 1)
  SELECT count(*) INTO queued FROM queued_rows;
  IF queued > 0 THEN
    INSERT INTO "BreakdownFlushRequest" ("txid") VALUES (v_txid) ON CONFLICT DO NOTHING;
  END IF;
END;
$$;

-- At commit: the transaction's pending differences, added to the counts in one ordered statement.
CREATE FUNCTION "breakdown_flush"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH taken AS (DELETE FROM "BreakdownPending" WHERE "txid" = NEW."txid" RETURNING *),
    summed AS (
      SELECT "year", "dimension", "key", sum("missions")::int AS missions, sum("delegations")::int AS delegations, sum("events")::int AS events,
        sum("contributionCents")::bigint AS cents, sum("jointActions")::int AS joint_actions, sum("contacts")::bigint AS contacts,
        sum("investorLeads")::bigint AS leads
      FROM taken GROUP BY 1, 2, 3)
  INSERT INTO "BreakdownCount" ("year", "dimension", "key", "missions", "delegations", "events", "contributionCents", "jointActions", "contacts", "investorLeads")
  SELECT "year", "dimension", "key", missions, delegations, events, cents, joint_actions, contacts, leads FROM summed
  WHERE missions <> 0 OR delegations <> 0 OR events <> 0 OR cents <> 0 OR joint_actions <> 0 OR contacts <> 0 OR leads <> 0
  ORDER BY "year", "dimension", "key"
  ON CONFLICT ("year", "dimension", "key") DO UPDATE SET
    "missions" = "BreakdownCount"."missions" + EXCLUDED."missions",
    "delegations" = "BreakdownCount"."delegations" + EXCLUDED."delegations",
    "events" = "BreakdownCount"."events" + EXCLUDED."events",
    "contributionCents" = "BreakdownCount"."contributionCents" + EXCLUDED."contributionCents",
    "jointActions" = "BreakdownCount"."jointActions" + EXCLUDED."jointActions",
    "contacts" = "BreakdownCount"."contacts" + EXCLUDED."contacts",
    "investorLeads" = "BreakdownCount"."investorLeads" + EXCLUDED."investorLeads";
  DELETE FROM "BreakdownFlushRequest" WHERE "txid" = NEW."txid";
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "BreakdownFlushRequest_flush" AFTER INSERT ON "BreakdownFlushRequest"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "breakdown_flush"();

-- Statement triggers of the records and their links. Arguments: the source, and the column of the
-- changed rows that holds the record's id.
CREATE FUNCTION "breakdown_rows_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  rows_sql text := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %I AS id FROM new_rows', TG_ARGV[1])
    WHEN 'DELETE' THEN format('SELECT %I AS id FROM old_rows', TG_ARGV[1])
    ELSE format('SELECT %1$I AS id FROM old_rows UNION SELECT %1$I FROM new_rows', TG_ARGV[1])
  END;
BEGIN
  EXECUTE format('SELECT array_agg(DISTINCT id) FROM (%s) AS changed WHERE id IS NOT NULL', rows_sql) INTO ids;
  PERFORM "breakdown_refresh"(TG_ARGV[0], ids);
  RETURN NULL;
END;
$$;

-- A destination moved to another country moves its missions' country counts.
CREATE FUNCTION "breakdown_destination_country_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "breakdown_refresh"('mission', (
    SELECT array_agg(DISTINCT l."B") FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN "_DestinationToMission" l ON l."A" = n.id
    WHERE o."countryCode" IS DISTINCT FROM n."countryCode"));
  RETURN NULL;
END;
$$;

-- Joint actions carry everything they count in their own row (partner, destination, date,
-- contacts, leads): their differences are queued straight from the changed rows.
CREATE FUNCTION "breakdown_joint_actions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_txid bigint := "breakdown_current_txid"();
  counted text := 'SELECT extract(year FROM date)::int AS year, %1$s AS n, "partnerId", "destinationId", "contactsCount", "investorLeadsCount" FROM %2$I WHERE "archivedAt" IS NULL';
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN format(counted, 1, 'new_rows')
    WHEN 'DELETE' THEN format(counted, -1, 'old_rows')
    ELSE format(counted, -1, 'old_rows') || ' UNION ALL ' || format(counted, 1, 'new_rows')
  END;
  queued int;
BEGIN
  EXECUTE format(
    'WITH changes AS (%s),
      deltas AS (
        SELECT year, ''partner'' AS dimension, "partnerId" AS key, sum(n)::int AS n, sum(n * "contactsCount")::bigint AS contacts, sum(n * "investorLeadsCount")::bigint AS leads
          FROM changes GROUP BY 1, 2, 3
        UNION ALL SELECT year, ''destination'', "destinationId", sum(n)::int, 0, 0 FROM changes WHERE "destinationId" IS NOT NULL GROUP BY 1, 2, 3),
      queued_rows AS (
        INSERT INTO "BreakdownPending" ("txid", "year", "dimension", "key", "jointActions", "contacts", "investorLeads")
        SELECT $1, year, dimension, key, n, contacts, leads FROM deltas WHERE n <> 0 OR contacts <> 0 OR leads <> 0 RETURNING 1)
     SELECT count(*) FROM queued_rows', changes) INTO queued USING v_txid;
  IF queued > 0 THEN
    INSERT INTO "BreakdownFlushRequest" ("txid") VALUES (v_txid) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;

-- Everything from the records (a TRUNCATE fires no row trigger; also fills the tables below).
CREATE FUNCTION "breakdown_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "BreakdownContribution";
  DELETE FROM "BreakdownPending";
  DELETE FROM "BreakdownCount";
  INSERT INTO "BreakdownContribution" ("source", "recordId", "year", "dimension", "key", "contributionCents")
  SELECT s.source, x."recordId", x."year", x."dimension", x."key", x."contributionCents"
  FROM unnest(ARRAY['mission', 'delegation', 'event']) AS s(source) CROSS JOIN LATERAL "breakdown_contributions"(s.source, NULL) AS x;
  INSERT INTO "BreakdownCount" ("year", "dimension", "key", "missions", "delegations", "events", "contributionCents", "jointActions", "contacts", "investorLeads")
  SELECT "year", "dimension", "key", sum(missions)::int, sum(delegations)::int, sum(events)::int, sum(cents)::bigint,
    sum(joint_actions)::int, sum(contacts)::bigint, sum(leads)::bigint
  FROM (
    SELECT "year", "dimension", "key", (source = 'mission')::int AS missions, (source = 'delegation')::int AS delegations,
      (source = 'event')::int AS events, "contributionCents" AS cents, 0 AS joint_actions, 0 AS contacts, 0 AS leads
    FROM "BreakdownContribution"
    UNION ALL SELECT extract(year FROM date)::int, 'partner', "partnerId", 0, 0, 0, 0, 1, "contactsCount", "investorLeadsCount" FROM "JointAction" WHERE "archivedAt" IS NULL
    UNION ALL SELECT extract(year FROM date)::int, 'destination', "destinationId", 0, 0, 0, 0, 1, 0, 0 FROM "JointAction" WHERE "archivedAt" IS NULL AND "destinationId" IS NOT NULL
  ) AS x
  GROUP BY 1, 2, 3;
END;
$$;

CREATE FUNCTION "breakdown_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "breakdown_rebuild"();
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  -- table, source, column holding the record's id
  watched text[][] := ARRAY[
    ['Mission', 'mission', 'id'], ['_MissionToSector', 'mission', 'A'], ['_MissionToObjective', 'mission', 'A'],
    ['MissionPartner', 'mission', 'missionId'], ['_DestinationToMission', 'mission', 'B'],
    ['Delegation', 'delegation', 'id'], ['_DelegationToSector', 'delegation', 'A'], ['_DelegationToPartner', 'delegation', 'A'],
    ['InternationalEvent', 'event', 'id'], ['_InternationalEventToSector', 'event', 'A'],
    ['_InternationalEventToPartner', 'event', 'A'], ['_InternationalEventToObjective', 'event', 'A']];
  w text[];
BEGIN
  FOREACH w SLICE 1 IN ARRAY watched LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_rows_changed"(%L, %L)',
      w[1] || '_breakdown_insert', w[1], w[2], w[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_rows_changed"(%L, %L)',
      w[1] || '_breakdown_update', w[1], w[2], w[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_rows_changed"(%L, %L)',
      w[1] || '_breakdown_delete', w[1], w[2], w[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_truncated"()', w[1] || '_breakdown_truncate', w[1]);
  END LOOP;
END;
$$;

CREATE TRIGGER "Destination_breakdown_country" AFTER UPDATE ON "Destination" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_destination_country_changed"();

CREATE TRIGGER "JointAction_breakdown_insert" AFTER INSERT ON "JointAction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_joint_actions_changed"();
CREATE TRIGGER "JointAction_breakdown_update" AFTER UPDATE ON "JointAction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_joint_actions_changed"();
CREATE TRIGGER "JointAction_breakdown_delete" AFTER DELETE ON "JointAction" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_joint_actions_changed"();
CREATE TRIGGER "JointAction_breakdown_truncate" AFTER TRUNCATE ON "JointAction"
  FOR EACH STATEMENT EXECUTE FUNCTION "breakdown_truncated"();

-- The records that exist already.
SELECT "breakdown_rebuild"();

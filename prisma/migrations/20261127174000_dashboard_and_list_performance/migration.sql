-- Issue 9: dashboards and lists at the scale of decades (docs/decisions/011-benchmark.md).

-- 1. The key figures of every year, kept by the database in the same transaction as the change
-- (never a cache that can go stale). A trend over thirty years then reads thirty rows instead of
-- counting every record ever kept. One row per year and figure; statement-level triggers add the
-- difference each INSERT, UPDATE or DELETE makes, whatever writes (app, seed, import, psql).
CREATE TABLE "KeyFigureCount" (
    "year" INTEGER NOT NULL,
    "figure" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "KeyFigureCount_pkey" PRIMARY KEY ("year", "figure")
);

-- Trigger arguments: the figure, the SQL expression of a row's year, the condition for a row to count.
-- The definitions are those of lib/dashboard/figures.ts; changing one means changing both.
CREATE FUNCTION "key_figure_count_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted text := format('SELECT %s AS year, %%s AS delta FROM %%I WHERE %s', TG_ARGV[1], TG_ARGV[2]);
  changes text;
BEGIN
  changes := CASE TG_OP
    WHEN 'INSERT' THEN format(counted, 1, 'new_rows')
    WHEN 'DELETE' THEN format(counted, -1, 'old_rows')
    ELSE format(counted, -1, 'old_rows') || ' UNION ALL ' || format(counted, 1, 'new_rows')
  END;
  -- Years in order, so two transactions touching the same years lock their rows in the same order.
  EXECUTE format(
    'INSERT INTO "KeyFigureCount" ("year", "figure", "count")
     SELECT year, %L, sum(delta) FROM (%s) AS changes GROUP BY year HAVING sum(delta) <> 0 ORDER BY year
     ON CONFLICT ("year", "figure") DO UPDATE SET "count" = "KeyFigureCount"."count" + EXCLUDED."count"',
    TG_ARGV[0], changes);
  RETURN NULL;
END;
$$;

-- TRUNCATE fires no row trigger: the figure starts again from nothing, like its table.
CREATE FUNCTION "key_figure_count_reset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "KeyFigureCount" WHERE "figure" = TG_ARGV[0];
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Mission_key_figures_insert" AFTER INSERT ON "Mission" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('missionsCarriedOut', 'extract(year FROM "startDate")::int', 'status = ''COMPLETED'' AND "archivedAt" IS NULL');
CREATE TRIGGER "Mission_key_figures_update" AFTER UPDATE ON "Mission" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('missionsCarriedOut', 'extract(year FROM "startDate")::int', 'status = ''COMPLETED'' AND "archivedAt" IS NULL');
CREATE TRIGGER "Mission_key_figures_delete" AFTER DELETE ON "Mission" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('missionsCarriedOut', 'extract(year FROM "startDate")::int', 'status = ''COMPLETED'' AND "archivedAt" IS NULL');
CREATE TRIGGER "Mission_key_figures_truncate" AFTER TRUNCATE ON "Mission"
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_reset"('missionsCarriedOut');

CREATE TRIGGER "Delegation_key_figures_insert" AFTER INSERT ON "Delegation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('delegationsWelcomed', 'extract(year FROM "arrivalAt" AT TIME ZONE ''Europe/Paris'')::int', 'status = ''WELCOMED'' AND "archivedAt" IS NULL');
CREATE TRIGGER "Delegation_key_figures_update" AFTER UPDATE ON "Delegation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('delegationsWelcomed', 'extract(year FROM "arrivalAt" AT TIME ZONE ''Europe/Paris'')::int', 'status = ''WELCOMED'' AND "archivedAt" IS NULL');
CREATE TRIGGER "Delegation_key_figures_delete" AFTER DELETE ON "Delegation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('delegationsWelcomed', 'extract(year FROM "arrivalAt" AT TIME ZONE ''Europe/Paris'')::int', 'status = ''WELCOMED'' AND "archivedAt" IS NULL');
CREATE TRIGGER "Delegation_key_figures_truncate" AFTER TRUNCATE ON "Delegation"
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_reset"('delegationsWelcomed');

CREATE TRIGGER "InternationalEvent_key_figures_insert" AFTER INSERT ON "InternationalEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('internationalEventsOrganised', 'extract(year FROM "startsAt" AT TIME ZONE ''Europe/Paris'')::int', 'status = ''HELD'' AND "archivedAt" IS NULL');
CREATE TRIGGER "InternationalEvent_key_figures_update" AFTER UPDATE ON "InternationalEvent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('internationalEventsOrganised', 'extract(year FROM "startsAt" AT TIME ZONE ''Europe/Paris'')::int', 'status = ''HELD'' AND "archivedAt" IS NULL');
CREATE TRIGGER "InternationalEvent_key_figures_delete" AFTER DELETE ON "InternationalEvent" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_changes"('internationalEventsOrganised', 'extract(year FROM "startsAt" AT TIME ZONE ''Europe/Paris'')::int', 'status = ''HELD'' AND "archivedAt" IS NULL');
CREATE TRIGGER "InternationalEvent_key_figures_truncate" AFTER TRUNCATE ON "InternationalEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "key_figure_count_reset"('internationalEventsOrganised');

-- The records that exist already.
INSERT INTO "KeyFigureCount" ("year", "figure", "count")
SELECT extract(year FROM "startDate")::int, 'missionsCarriedOut', count(*) FROM "Mission"
  WHERE status = 'COMPLETED' AND "archivedAt" IS NULL GROUP BY 1
UNION ALL
SELECT extract(year FROM "arrivalAt" AT TIME ZONE 'Europe/Paris')::int, 'delegationsWelcomed', count(*) FROM "Delegation"
  WHERE status = 'WELCOMED' AND "archivedAt" IS NULL GROUP BY 1
UNION ALL
SELECT extract(year FROM "startsAt" AT TIME ZONE 'Europe/Paris')::int, 'internationalEventsOrganised', count(*) FROM "InternationalEvent"
  WHERE status = 'HELD' AND "archivedAt" IS NULL GROUP BY 1;

-- 2. The records each key figure counts, as small partial indexes: a year's breakdowns and the
-- priority-coverage matrix read only these entries (index-only where the columns allow).
CREATE INDEX "Mission_completed_startDate_idx" ON "Mission" ("startDate") INCLUDE ("id") WHERE status = 'COMPLETED' AND "archivedAt" IS NULL;
CREATE INDEX "Delegation_welcomed_arrivalAt_idx" ON "Delegation" ("arrivalAt") INCLUDE ("id", "originDestinationId", "originCountryCode")
  WHERE status = 'WELCOMED' AND "archivedAt" IS NULL;
CREATE INDEX "Delegation_welcomed_origin_idx" ON "Delegation" ("originDestinationId", "arrivalAt") WHERE status = 'WELCOMED' AND "archivedAt" IS NULL;
CREATE INDEX "InternationalEvent_held_startsAt_idx" ON "InternationalEvent" ("startsAt") INCLUDE ("id") WHERE status = 'HELD' AND "archivedAt" IS NULL;
CREATE INDEX "JointAction_live_date_idx" ON "JointAction" ("date") INCLUDE ("partnerId", "contactsCount", "investorLeadsCount")
  WHERE "archivedAt" IS NULL;
CREATE INDEX "JointAction_live_destination_idx" ON "JointAction" ("destinationId", "date") WHERE "archivedAt" IS NULL;

-- 3. Lists: the missions list filtered by status and sorted by title pages through an index.
CREATE INDEX "Mission_live_status_title_idx" ON "Mission" ("status", "title", "id") WHERE "archivedAt" IS NULL;
-- A delegation search also matches the origin city: its ids join the trigram matches in one bitmap.
CREATE INDEX "Delegation_originDestinationId_idx" ON "Delegation" ("originDestinationId");

-- 4. Free-text search of delegations ("contains", any case) through trigram indexes, where the
-- server offers pg_trgm (PostgreSQL's contrib, trusted since 13). The embedded demo database may
-- not: the search then reads the table, as before, which its small data allows.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXECUTE 'CREATE INDEX "Delegation_title_trgm_idx" ON "Delegation" USING gin ("title" gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Delegation_hostName_trgm_idx" ON "Delegation" USING gin ("hostName" gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): delegation search reads the table', SQLERRM;
END;
$$;

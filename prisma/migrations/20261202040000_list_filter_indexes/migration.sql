-- Issue 9: what the lists' filters and counts read at the scale of decades.

-- The delegations list's country filter offers the countries delegations come from: one index
-- probe per country (lib/column-range.ts) instead of grouping every delegation.
CREATE INDEX "Delegation_originCountryCode_idx" ON "Delegation"("originCountryCode");

-- A list filtered by status counts its matches. Prisma sends the status as a cast parameter
-- (CAST($1::text AS "MissionStatus")), which the planner cannot match to a partial index written
-- for one status, so it read the whole table (13 ms for 50,000 missions); these narrow indexes
-- answer the count from the index alone (1.5 ms).
CREATE INDEX "Mission_live_status_idx" ON "Mission" ("status") WHERE "archivedAt" IS NULL;
CREATE INDEX "Delegation_live_status_idx" ON "Delegation" ("status") WHERE "archivedAt" IS NULL;
CREATE INDEX "InternationalEvent_live_status_idx" ON "InternationalEvent" ("status") WHERE "archivedAt" IS NULL;

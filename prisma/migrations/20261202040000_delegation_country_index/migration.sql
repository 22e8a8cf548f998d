-- Issue 9: the delegations list's country filter offers the countries delegations come from; this
-- index lets PostgreSQL read them one probe per country instead of grouping every delegation.
CREATE INDEX "Delegation_originCountryCode_idx" ON "Delegation"("originCountryCode");

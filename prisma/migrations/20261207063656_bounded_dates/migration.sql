-- Every date the app accepts lies in 1900–2099 (lib/time.ts, docs/decisions/013-bounded-input.md).
-- The app refuses anything else with a validation message; these checks keep any other writer
-- (a script, a bug, a future endpoint) from storing what the app would refuse. NOT VALID: rows
-- stored before input was bounded are kept as they are, every new or changed row is checked.

ALTER TABLE "Mission"
  ADD CONSTRAINT "Mission_dates_accepted" CHECK ("startDate" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31' AND "endDate" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31') NOT VALID;
ALTER TABLE "MissionAgendaItem"
  ADD CONSTRAINT "MissionAgendaItem_day_accepted" CHECK ("day" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31') NOT VALID;
ALTER TABLE "Delegation"
  ADD CONSTRAINT "Delegation_dates_accepted" CHECK (
    "arrivalAt" >= TIMESTAMPTZ '1900-01-01 00:00:00 Europe/Paris' AND "arrivalAt" < TIMESTAMPTZ '2100-01-01 00:00:00 Europe/Paris'
    AND "departureAt" >= TIMESTAMPTZ '1900-01-01 00:00:00 Europe/Paris' AND "departureAt" < TIMESTAMPTZ '2100-01-01 00:00:00 Europe/Paris'
  ) NOT VALID;
ALTER TABLE "InternationalEvent"
  ADD CONSTRAINT "InternationalEvent_dates_accepted" CHECK (
    "startsAt" >= TIMESTAMPTZ '1900-01-01 00:00:00 Europe/Paris' AND "startsAt" < TIMESTAMPTZ '2100-01-01 00:00:00 Europe/Paris'
    AND "endsAt" >= TIMESTAMPTZ '1900-01-01 00:00:00 Europe/Paris' AND "endsAt" < TIMESTAMPTZ '2100-01-01 00:00:00 Europe/Paris'
  ) NOT VALID;
ALTER TABLE "Agreement"
  ADD CONSTRAINT "Agreement_dates_accepted" CHECK ("startDate" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31' AND ("endDate" IS NULL OR "endDate" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')) NOT VALID;
ALTER TABLE "AgreementTheme"
  ADD CONSTRAINT "AgreementTheme_year_accepted" CHECK ("year" BETWEEN 1900 AND 2099) NOT VALID;
ALTER TABLE "Town"
  ADD CONSTRAINT "Town_connectedOn_accepted" CHECK ("connectedOn" IS NULL OR "connectedOn" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31') NOT VALID;
ALTER TABLE "JointAction"
  ADD CONSTRAINT "JointAction_date_accepted" CHECK ("date" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31') NOT VALID;
ALTER TABLE "PriorityPeriod"
  ADD CONSTRAINT "PriorityPeriod_years_accepted" CHECK ("startYear" BETWEEN 1900 AND 2099 AND "endYear" BETWEEN 1900 AND 2099) NOT VALID;
ALTER TABLE "YearClosure"
  ADD CONSTRAINT "YearClosure_year_accepted" CHECK ("year" BETWEEN 1900 AND 2099) NOT VALID;

-- Daily allowances of missions abroad (decision 018): the per-country rate table administrators
-- keep, and what staff set for a mission's days where the agenda's default is not right.
-- CreateEnum
CREATE TYPE "AllowanceProvision" AS ENUM ('DUE', 'HOST', 'NONE');

-- CreateTable
CREATE TABLE "AllowanceRate" (
    "id" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "dailyCents" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AllowanceRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionAllowanceDay" (
    "missionId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "night" "AllowanceProvision" NOT NULL,
    "lunch" "AllowanceProvision" NOT NULL,
    "dinner" "AllowanceProvision" NOT NULL,

    CONSTRAINT "MissionAllowanceDay_pkey" PRIMARY KEY ("missionId","day")
);

-- CreateIndex
CREATE INDEX "AllowanceRate_countryCode_validFrom_idx" ON "AllowanceRate"("countryCode", "validFrom");

-- AddForeignKey
ALTER TABLE "MissionAllowanceDay" ADD CONSTRAINT "MissionAllowanceDay_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- The app refuses anything else with a validation message; these keep any other writer honest.
ALTER TABLE "AllowanceRate"
  ADD CONSTRAINT "AllowanceRate_amount_positive" CHECK ("dailyCents" > 0),
  ADD CONSTRAINT "AllowanceRate_country_upper" CHECK ("countryCode" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "AllowanceRate_dates_accepted" CHECK (
    "validFrom" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31'
    AND ("validUntil" IS NULL OR ("validUntil" BETWEEN "validFrom" AND DATE '2099-12-31'))
  );

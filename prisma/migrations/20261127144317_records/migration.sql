-- CreateEnum
CREATE TYPE "MissionStatus" AS ENUM ('DRAFT', 'PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MissionPartnerRole" AS ENUM ('LEAD', 'CO_ORGANISER', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('OFFICIAL', 'COMPANY', 'STARTUP', 'ARTIST', 'PRESS', 'OTHER');

-- CreateEnum
CREATE TYPE "DelegationStatus" AS ENUM ('EXPECTED', 'WELCOMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('TRADEMARK_LICENCE', 'TWINNING', 'MEMORANDUM', 'COOPERATION_PROGRAMME');

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Sector" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Destination" (
    "id" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Destination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityPeriod" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PriorityPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityDestination" (
    "periodId" TEXT NOT NULL,
    "destinationId" TEXT NOT NULL,

    CONSTRAINT "PriorityDestination_pkey" PRIMARY KEY ("periodId","destinationId")
);

-- CreateTable
CREATE TABLE "Mission" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "MissionStatus" NOT NULL DEFAULT 'DRAFT',
    "cancellationReason" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "budgetCents" INTEGER,
    "contactsCount" INTEGER,
    "leadsCount" INTEGER,
    "outcomeNotes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionPartner" (
    "missionId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "role" "MissionPartnerRole" NOT NULL,
    "contributionCents" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MissionPartner_pkey" PRIMARY KEY ("missionId","partnerId")
);

-- CreateTable
CREATE TABLE "MissionParticipant" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MissionParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionAgendaItem" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "time" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MissionAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "originDestinationId" TEXT,
    "originCountryCode" CHAR(2) NOT NULL,
    "arrivalAt" TIMESTAMPTZ(3) NOT NULL,
    "departureAt" TIMESTAMPTZ(3) NOT NULL,
    "size" INTEGER NOT NULL,
    "status" "DelegationStatus" NOT NULL DEFAULT 'EXPECTED',
    "cancellationReason" TEXT,
    "hostName" TEXT NOT NULL DEFAULT '',
    "programme" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternationalEvent" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venue" TEXT NOT NULL DEFAULT '',
    "attendance" INTEGER,
    "status" "EventStatus" NOT NULL DEFAULT 'PLANNED',
    "summary" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "InternationalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "counterpart" TEXT NOT NULL,
    "destinationId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "isExclusive" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "missionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTheme" (
    "agreementId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "theme" TEXT NOT NULL,

    CONSTRAINT "AgreementTheme_pkey" PRIMARY KEY ("agreementId","year")
);

-- CreateTable
CREATE TABLE "Town" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inseeCode" CHAR(5),
    "connectedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Town_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DestinationToMission" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DestinationToMission_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MissionToSector" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MissionToSector_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MissionToObjective" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MissionToObjective_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DelegationToSector" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DelegationToSector_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DelegationToPartner" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DelegationToPartner_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InternationalEventToSector" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InternationalEventToSector_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InternationalEventToPartner" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InternationalEventToPartner_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InternationalEventToObjective" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InternationalEventToObjective_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Sector_code_key" ON "Sector"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_nameFr_key" ON "Sector"("nameFr");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_nameEn_key" ON "Sector"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_code_key" ON "Objective"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_nameFr_key" ON "Objective"("nameFr");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_nameEn_key" ON "Objective"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Destination_city_countryCode_key" ON "Destination"("city", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityPeriod_label_key" ON "PriorityPeriod"("label");

-- CreateIndex
CREATE INDEX "PriorityDestination_destinationId_idx" ON "PriorityDestination"("destinationId");

-- CreateIndex
CREATE INDEX "Mission_startDate_idx" ON "Mission"("startDate");

-- CreateIndex
CREATE INDEX "Mission_status_startDate_idx" ON "Mission"("status", "startDate");

-- CreateIndex
CREATE INDEX "MissionPartner_partnerId_idx" ON "MissionPartner"("partnerId");

-- CreateIndex
CREATE INDEX "MissionParticipant_missionId_idx" ON "MissionParticipant"("missionId");

-- CreateIndex
CREATE INDEX "MissionAgendaItem_missionId_day_idx" ON "MissionAgendaItem"("missionId", "day");

-- CreateIndex
CREATE INDEX "Delegation_arrivalAt_idx" ON "Delegation"("arrivalAt");

-- CreateIndex
CREATE INDEX "Delegation_status_arrivalAt_idx" ON "Delegation"("status", "arrivalAt");

-- CreateIndex
CREATE INDEX "InternationalEvent_startsAt_idx" ON "InternationalEvent"("startsAt");

-- CreateIndex
CREATE INDEX "InternationalEvent_status_startsAt_idx" ON "InternationalEvent"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Agreement_endDate_idx" ON "Agreement"("endDate");

-- CreateIndex
CREATE INDEX "Agreement_destinationId_idx" ON "Agreement"("destinationId");

-- CreateIndex
CREATE UNIQUE INDEX "Town_name_key" ON "Town"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Town_inseeCode_key" ON "Town"("inseeCode");

-- CreateIndex
CREATE INDEX "Town_connectedOn_idx" ON "Town"("connectedOn");

-- CreateIndex
CREATE INDEX "_DestinationToMission_B_index" ON "_DestinationToMission"("B");

-- CreateIndex
CREATE INDEX "_MissionToSector_B_index" ON "_MissionToSector"("B");

-- CreateIndex
CREATE INDEX "_MissionToObjective_B_index" ON "_MissionToObjective"("B");

-- CreateIndex
CREATE INDEX "_DelegationToSector_B_index" ON "_DelegationToSector"("B");

-- CreateIndex
CREATE INDEX "_DelegationToPartner_B_index" ON "_DelegationToPartner"("B");

-- CreateIndex
CREATE INDEX "_InternationalEventToSector_B_index" ON "_InternationalEventToSector"("B");

-- CreateIndex
CREATE INDEX "_InternationalEventToPartner_B_index" ON "_InternationalEventToPartner"("B");

-- CreateIndex
CREATE INDEX "_InternationalEventToObjective_B_index" ON "_InternationalEventToObjective"("B");

-- AddForeignKey
ALTER TABLE "PriorityDestination" ADD CONSTRAINT "PriorityDestination_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "PriorityPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityDestination" ADD CONSTRAINT "PriorityDestination_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "Destination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionPartner" ADD CONSTRAINT "MissionPartner_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionPartner" ADD CONSTRAINT "MissionPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionParticipant" ADD CONSTRAINT "MissionParticipant_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionAgendaItem" ADD CONSTRAINT "MissionAgendaItem_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_originDestinationId_fkey" FOREIGN KEY ("originDestinationId") REFERENCES "Destination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "Destination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTheme" ADD CONSTRAINT "AgreementTheme_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DestinationToMission" ADD CONSTRAINT "_DestinationToMission_A_fkey" FOREIGN KEY ("A") REFERENCES "Destination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DestinationToMission" ADD CONSTRAINT "_DestinationToMission_B_fkey" FOREIGN KEY ("B") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MissionToSector" ADD CONSTRAINT "_MissionToSector_A_fkey" FOREIGN KEY ("A") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MissionToSector" ADD CONSTRAINT "_MissionToSector_B_fkey" FOREIGN KEY ("B") REFERENCES "Sector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MissionToObjective" ADD CONSTRAINT "_MissionToObjective_A_fkey" FOREIGN KEY ("A") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MissionToObjective" ADD CONSTRAINT "_MissionToObjective_B_fkey" FOREIGN KEY ("B") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DelegationToSector" ADD CONSTRAINT "_DelegationToSector_A_fkey" FOREIGN KEY ("A") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DelegationToSector" ADD CONSTRAINT "_DelegationToSector_B_fkey" FOREIGN KEY ("B") REFERENCES "Sector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DelegationToPartner" ADD CONSTRAINT "_DelegationToPartner_A_fkey" FOREIGN KEY ("A") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DelegationToPartner" ADD CONSTRAINT "_DelegationToPartner_B_fkey" FOREIGN KEY ("B") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InternationalEventToSector" ADD CONSTRAINT "_InternationalEventToSector_A_fkey" FOREIGN KEY ("A") REFERENCES "InternationalEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InternationalEventToSector" ADD CONSTRAINT "_InternationalEventToSector_B_fkey" FOREIGN KEY ("B") REFERENCES "Sector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InternationalEventToPartner" ADD CONSTRAINT "_InternationalEventToPartner_A_fkey" FOREIGN KEY ("A") REFERENCES "InternationalEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InternationalEventToPartner" ADD CONSTRAINT "_InternationalEventToPartner_B_fkey" FOREIGN KEY ("B") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InternationalEventToObjective" ADD CONSTRAINT "_InternationalEventToObjective_A_fkey" FOREIGN KEY ("A") REFERENCES "InternationalEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InternationalEventToObjective" ADD CONSTRAINT "_InternationalEventToObjective_B_fkey" FOREIGN KEY ("B") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What must always hold, whatever writes to the database (docs/decisions/007-records.md).
ALTER TABLE "PriorityPeriod" ADD CONSTRAINT "PriorityPeriod_years_in_order" CHECK ("endYear" >= "startYear");
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_dates_in_order" CHECK ("endDate" >= "startDate");
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_amounts_not_negative"
  CHECK (("budgetCents" IS NULL OR "budgetCents" >= 0) AND ("contactsCount" IS NULL OR "contactsCount" >= 0) AND ("leadsCount" IS NULL OR "leadsCount" >= 0));
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_cancelled_with_reason"
  CHECK ("status" <> 'CANCELLED' OR coalesce(btrim("cancellationReason"), '') <> '');
ALTER TABLE "MissionPartner" ADD CONSTRAINT "MissionPartner_contribution_not_negative" CHECK ("contributionCents" >= 0);
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_dates_in_order" CHECK ("departureAt" >= "arrivalAt");
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_size_positive" CHECK ("size" > 0);
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_country_code" CHECK ("originCountryCode" ~ '^[A-Z]{2}$');
ALTER TABLE "InternationalEvent" ADD CONSTRAINT "InternationalEvent_dates_in_order" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "InternationalEvent" ADD CONSTRAINT "InternationalEvent_attendance_not_negative" CHECK ("attendance" IS NULL OR "attendance" >= 0);
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_dates_in_order" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Destination" ADD CONSTRAINT "Destination_country_code" CHECK ("countryCode" ~ '^[A-Z]{2}$');

-- What came of a completed mission at 3, 6 and 12 months (decision 020).
-- CreateEnum
CREATE TYPE "FollowUpCheckpoint" AS ENUM ('THREE_MONTHS', 'SIX_MONTHS', 'TWELVE_MONTHS');

-- CreateEnum
CREATE TYPE "FollowUpVerdict" AS ENUM ('WORTH_IT', 'NOT_WORTH_IT', 'TOO_EARLY');

-- CreateTable
CREATE TABLE "MissionFollowUp" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "checkpoint" "FollowUpCheckpoint" NOT NULL,
    "partnerId" TEXT,
    "projectsLanded" INTEGER NOT NULL DEFAULT 0,
    "jobsAnnounced" INTEGER NOT NULL DEFAULT 0,
    "agreementsSigned" INTEGER NOT NULL DEFAULT 0,
    "verdict" "FollowUpVerdict" NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "answeredByName" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MissionFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MissionFollowUp_missionId_checkpoint_idx" ON "MissionFollowUp"("missionId", "checkpoint");

-- CreateIndex
CREATE INDEX "MissionFollowUp_partnerId_idx" ON "MissionFollowUp"("partnerId");

-- AddForeignKey
ALTER TABLE "MissionFollowUp" ADD CONSTRAINT "MissionFollowUp_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionFollowUp" ADD CONSTRAINT "MissionFollowUp_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- The app refuses anything else with a validation message; this keeps any other writer honest.
ALTER TABLE "MissionFollowUp" ADD CONSTRAINT "MissionFollowUp_counts_not_negative" CHECK (
    "projectsLanded" >= 0 AND "jobsAnnounced" >= 0 AND "agreementsSigned" >= 0
);

-- Missions are approved by a manager before they are confirmed (decision 015). The former
-- "planned" status is the approved one: missions planned before approval existed are taken as
-- approved, so nothing already under way has to be submitted again.
ALTER TYPE "MissionStatus" RENAME VALUE 'PLANNED' TO 'APPROVED';
ALTER TYPE "MissionStatus" ADD VALUE 'SUBMITTED' BEFORE 'APPROVED';

-- CreateTable
CREATE TABLE "MissionStatusChange" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "fromStatus" "MissionStatus" NOT NULL,
    "toStatus" "MissionStatus" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MissionStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MissionStatusChange_missionId_createdAt_idx" ON "MissionStatusChange"("missionId", "createdAt");

-- CreateIndex
CREATE INDEX "MissionStatusChange_toStatus_createdAt_idx" ON "MissionStatusChange"("toStatus", "createdAt");

-- AddForeignKey
ALTER TABLE "MissionStatusChange" ADD CONSTRAINT "MissionStatusChange_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionStatusChange" ADD CONSTRAINT "MissionStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

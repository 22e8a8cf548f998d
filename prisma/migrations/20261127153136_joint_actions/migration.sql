-- CreateEnum
CREATE TYPE "JointActionKind" AS ENUM ('PROMOTION', 'BUSINESS_DEVELOPMENT', 'INVESTOR_MEETING', 'B2B_MEETINGS', 'PRESS', 'CULTURAL', 'OTHER');

-- CreateTable
CREATE TABLE "JointAction" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "JointActionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "missionId" TEXT,
    "delegationId" TEXT,
    "eventId" TEXT,
    "destinationId" TEXT,
    "objectiveId" TEXT,
    "outcome" TEXT NOT NULL DEFAULT '',
    "contactsCount" INTEGER NOT NULL DEFAULT 0,
    "investorLeadsCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "JointAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JointAction_partnerId_date_idx" ON "JointAction"("partnerId", "date");

-- CreateIndex
CREATE INDEX "JointAction_date_idx" ON "JointAction"("date");

-- CreateIndex
CREATE INDEX "JointAction_destinationId_idx" ON "JointAction"("destinationId");

-- AddForeignKey
ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "InternationalEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "Destination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "JointAction" ADD CONSTRAINT "JointAction_counts_not_negative" CHECK ("contactsCount" >= 0 AND "investorLeadsCount" >= 0);

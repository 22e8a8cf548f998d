-- A mission's cost lines, planned and actual, with their payer (decision 017).
-- CreateEnum
CREATE TYPE "CostCategory" AS ENUM ('TRANSPORT', 'LODGING', 'DAILY_ALLOWANCE', 'VENUE', 'INTERPRETING', 'GIFTS', 'OTHER');

-- CreateTable
CREATE TABLE "MissionCost" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "category" "CostCategory" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "payerPartnerId" TEXT,
    "plannedCents" INTEGER,
    "actualCents" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MissionCost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MissionCost_missionId_idx" ON "MissionCost"("missionId");

-- CreateIndex
CREATE INDEX "MissionCost_payerPartnerId_idx" ON "MissionCost"("payerPartnerId");

-- AddForeignKey
ALTER TABLE "MissionCost" ADD CONSTRAINT "MissionCost_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionCost" ADD CONSTRAINT "MissionCost_payerPartnerId_fkey" FOREIGN KEY ("payerPartnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Amounts are never negative (the forms and the API refuse them first).
ALTER TABLE "MissionCost" ADD CONSTRAINT "MissionCost_amounts_not_negative" CHECK (
    ("plannedCents" IS NULL OR "plannedCents" >= 0) AND ("actualCents" IS NULL OR "actualCents" >= 0)
);

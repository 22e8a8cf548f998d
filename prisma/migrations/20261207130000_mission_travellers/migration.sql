-- A mission's travellers and their authority to leave (decision 016).
-- CreateEnum
CREATE TYPE "TravellerKind" AS ENUM ('STAFF', 'ELECTED', 'PARTNER');

-- CreateTable
CREATE TABLE "MissionTraveller" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "kind" "TravellerKind" NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "orderNumber" TEXT NOT NULL DEFAULT '',
    "orderSignatory" TEXT NOT NULL DEFAULT '',
    "orderSignedOn" DATE,
    "orderValidUntil" DATE,
    "deliberationNumber" TEXT NOT NULL DEFAULT '',
    "deliberationDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MissionTraveller_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MissionTraveller_missionId_idx" ON "MissionTraveller"("missionId");

-- AddForeignKey
ALTER TABLE "MissionTraveller" ADD CONSTRAINT "MissionTraveller_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Days within the accepted years, as every dated record (decision 013).
ALTER TABLE "MissionTraveller" ADD CONSTRAINT "MissionTraveller_days_bounded" CHECK (
    ("orderSignedOn" IS NULL OR "orderSignedOn" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')
    AND ("orderValidUntil" IS NULL OR "orderValidUntil" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')
    AND ("deliberationDate" IS NULL OR "deliberationDate" BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')
);

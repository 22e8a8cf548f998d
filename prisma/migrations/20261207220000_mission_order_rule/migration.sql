-- The rule a staff member's mission order is held to (decision 025): one row, kept by
-- administrators with its legal source; no cap until they set one.
CREATE TABLE "MissionOrderRule" (
    "id" TEXT NOT NULL,
    "maxValidityMonths" INTEGER,
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MissionOrderRule_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "MissionOrderRule_one_row" CHECK ("id" = 'mission-orders'),
    CONSTRAINT "MissionOrderRule_months" CHECK ("maxValidityMonths" IS NULL OR "maxValidityMonths" BETWEEN 1 AND 24),
    CONSTRAINT "MissionOrderRule_source" CHECK ("maxValidityMonths" IS NULL OR length(btrim("source")) > 0)
);

INSERT INTO "MissionOrderRule" ("id", "updatedAt") VALUES ('mission-orders', CURRENT_TIMESTAMP);

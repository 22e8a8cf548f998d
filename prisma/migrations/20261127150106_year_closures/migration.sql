-- CreateTable
CREATE TABLE "YearClosure" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "recordIds" JSONB NOT NULL,
    "closedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT NOT NULL,
    "reopenedAt" TIMESTAMPTZ(3),
    "reopenedById" TEXT,

    CONSTRAINT "YearClosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "YearClosure_year_idx" ON "YearClosure"("year");

-- AddForeignKey
ALTER TABLE "YearClosure" ADD CONSTRAINT "YearClosure_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearClosure" ADD CONSTRAINT "YearClosure_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one closure in force per year.
CREATE UNIQUE INDEX "YearClosure_one_in_force_per_year" ON "YearClosure" ("year") WHERE "reopenedAt" IS NULL;

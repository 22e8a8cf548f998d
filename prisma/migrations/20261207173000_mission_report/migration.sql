-- The trip report (compte rendu): letters of intent signed and next steps, beside contacts, leads and
-- the outcome notes (decision 020).
-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "lettersOfIntentCount" INTEGER,
ADD COLUMN     "nextSteps" TEXT NOT NULL DEFAULT '';



-- The app refuses a negative count with a validation message; this keeps any other writer honest.
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_letters_of_intent_not_negative" CHECK ("lettersOfIntentCount" IS NULL OR "lettersOfIntentCount" >= 0);

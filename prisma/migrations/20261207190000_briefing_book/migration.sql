-- What the briefing book needs beyond the records (decision 022): a destination's time zone,
-- what each partner seeks, whom each slot meets, and the practical notes of a mission.
-- AlterTable
ALTER TABLE "Destination" ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "practicalNotes" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "MissionAgendaItem" ADD COLUMN     "counterpart" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "MissionPartner" ADD COLUMN     "seeks" TEXT NOT NULL DEFAULT '';



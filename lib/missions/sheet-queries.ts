import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MissionSheetRecord } from "@/lib/missions/sheet";
import { groupBy, inBatches, inOrder, namedLinks } from "@/lib/spreadsheets/queries/batches";
import { dateOfDay, dayOf } from "@/lib/time";

// Missions with everything their spreadsheet row holds. Each relation is read by its own query,
// one after the other: inside a transaction (the import's) one connection serves them all, and
// Prisma would otherwise send a select's relations at once.

async function loadBatch(
  client: Prisma.TransactionClient,
  where: Prisma.MissionWhereInput,
): Promise<MissionSheetRecord[]> {
  const missions = await client.mission.findMany({
    where,
    select: {
      id: true,
      version: true,
      archivedAt: true,
      title: true,
      status: true,
      cancellationReason: true,
      startDate: true,
      endDate: true,
      budgetCents: true,
      contactsCount: true,
      leadsCount: true,
      lettersOfIntentCount: true,
      summary: true,
      outcomeNotes: true,
      nextSteps: true,
      practicalNotes: true,
    },
  });
  if (missions.length === 0) return [];
  const ids = { id: { in: missions.map((mission) => mission.id) } };
  const destinations = await client.mission.findMany({
    where: ids,
    select: {
      id: true,
      destinations: { select: { city: true, countryCode: true }, orderBy: [{ city: "asc" }, { countryCode: "asc" }] },
    },
  });
  const sectors = await client.mission.findMany({ where: ids, select: { id: true, sectors: namedLinks } });
  const objectives = await client.mission.findMany({ where: ids, select: { id: true, objectives: namedLinks } });
  const missionIds = { missionId: ids.id };
  const partners = groupBy(
    await client.missionPartner.findMany({
      where: missionIds,
      select: {
        missionId: true,
        role: true,
        contributionCents: true,
        seeks: true,
        partner: { select: { shortName: true } },
      },
      orderBy: { partner: { shortName: "asc" } },
    }),
    (row) => row.missionId,
  );
  const participants = groupBy(
    await client.missionParticipant.findMany({
      where: missionIds,
      select: { missionId: true, name: true, kind: true, organisation: true },
      orderBy: { position: "asc" },
    }),
    (row) => row.missionId,
  );
  const agenda = groupBy(
    await client.missionAgendaItem.findMany({
      where: missionIds,
      select: { missionId: true, day: true, time: true, title: true, location: true, counterpart: true },
      orderBy: [{ day: "asc" }, { time: "asc" }, { position: "asc" }],
    }),
    (row) => row.missionId,
  );
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const [destinationsOf, sectorsOf, objectivesOf] = [byId(destinations), byId(sectors), byId(objectives)];
  return missions.map((mission) => ({
    ...mission,
    startDate: dayOf(mission.startDate),
    endDate: dayOf(mission.endDate),
    destinations: destinationsOf.get(mission.id)?.destinations ?? [],
    sectors: sectorsOf.get(mission.id)?.sectors ?? [],
    objectives: objectivesOf.get(mission.id)?.objectives ?? [],
    partners: (partners.get(mission.id) ?? []).map((link) => ({
      shortName: link.partner.shortName,
      role: link.role,
      contributionCents: link.contributionCents,
      seeks: link.seeks,
    })),
    participants: (participants.get(mission.id) ?? []).map(({ missionId: _missionId, ...participant }) => participant),
    agenda: (agenda.get(mission.id) ?? []).map(({ missionId: _missionId, day, ...item }) => ({
      ...item,
      day: dayOf(day),
    })),
  }));
}

/** The missions with these ids, in this order (an export of a list). */
export async function loadMissionsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<MissionSheetRecord[]> {
  return inOrder(ids, await inBatches(ids, (batch) => loadBatch(client, { id: { in: batch } })));
}

/** Every mission (archived ones too) starting on one of these days: the candidates an import row may be. */
export async function loadMissionsStartingOn(
  client: Prisma.TransactionClient,
  days: readonly string[],
): Promise<MissionSheetRecord[]> {
  return inBatches([...new Set(days)], (batch) => loadBatch(client, { startDate: { in: batch.map(dateOfDay) } }));
}

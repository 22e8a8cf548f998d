import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventSheetRecord } from "@/lib/events/sheet";
import { inBatches, byId, inOrder, namedLinks, partnerShortNames } from "@/lib/spreadsheets/queries/batches";

// Events with everything their spreadsheet rows hold; relations read one query after the other
// (lib/missions/sheet-queries.ts says why).

async function loadEventBatch(
  client: Prisma.TransactionClient,
  where: Prisma.InternationalEventWhereInput,
): Promise<EventSheetRecord[]> {
  const events = await client.internationalEvent.findMany({
    where,
    select: {
      id: true,
      version: true,
      archivedAt: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      attendance: true,
      summary: true,
    },
  });
  if (events.length === 0) return [];
  const ids = { id: { in: events.map((event) => event.id) } };
  const sectors = byId(
    await client.internationalEvent.findMany({ where: ids, select: { id: true, sectors: namedLinks } }),
  );
  const partners = byId(
    await client.internationalEvent.findMany({ where: ids, select: { id: true, partners: partnerShortNames } }),
  );
  const objectives = byId(
    await client.internationalEvent.findMany({ where: ids, select: { id: true, objectives: namedLinks } }),
  );
  return events.map((event) => ({
    ...event,
    sectors: sectors.get(event.id)?.sectors ?? [],
    partners: partners.get(event.id)?.partners ?? [],
    objectives: objectives.get(event.id)?.objectives ?? [],
  }));
}

export async function loadEventsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<EventSheetRecord[]> {
  return inOrder(ids, await inBatches(ids, (batch) => loadEventBatch(client, { id: { in: batch } })));
}

/** Every event (archived ones too) starting at one of these instants. */
export async function loadEventsStartingAt(
  client: Prisma.TransactionClient,
  instants: readonly Date[],
): Promise<EventSheetRecord[]> {
  return inBatches(instants, (batch) => loadEventBatch(client, { startsAt: { in: batch } }));
}

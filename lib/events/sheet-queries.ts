import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventSheetRecord } from "@/lib/events/sheet";
import { eventFields } from "@/lib/events/fields";
import { inBatches, inOrder } from "@/lib/spreadsheets/queries/batches";
import { loadDeclaredRows } from "@/lib/spreadsheets/queries/declared-rows";

// Events with everything their spreadsheet rows hold: the declared fields and the status.

function loadEventBatch(
  client: Prisma.TransactionClient,
  where: Prisma.InternationalEventWhereInput,
): Promise<EventSheetRecord[]> {
  return loadDeclaredRows<typeof eventFields, { status: string }>(
    (args) => client.internationalEvent.findMany(args as never),
    eventFields,
    where,
    { status: true },
  );
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

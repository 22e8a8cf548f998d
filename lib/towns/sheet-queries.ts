import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TownSheetRecord } from "@/lib/towns/sheet";
import { inBatches, inOrder } from "@/lib/spreadsheets/queries/batches";
import { dayOf } from "@/lib/time";

// Towns with everything their spreadsheet rows hold.

const townSelect = {
  id: true,
  version: true,
  archivedAt: true,
  name: true,
  inseeCode: true,
  connectedOn: true,
} satisfies Prisma.TownSelect;

const toTown = ({ connectedOn, ...town }: Prisma.TownGetPayload<{ select: typeof townSelect }>): TownSheetRecord => ({
  ...town,
  connectedOn: connectedOn ? dayOf(connectedOn) : null,
});

export async function loadTownsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<TownSheetRecord[]> {
  const towns = await inBatches(ids, (batch) =>
    client.town.findMany({ where: { id: { in: batch } }, select: townSelect }),
  );
  return inOrder(ids, towns.map(toTown));
}

/** Every town, archived ones too: names and INSEE codes are unique among all of them, and there are a few hundred at most. */
export async function loadAllTowns(client: Prisma.TransactionClient): Promise<TownSheetRecord[]> {
  return (await client.town.findMany({ select: townSelect })).map(toTown);
}

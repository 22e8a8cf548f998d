import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches, inOrder } from "@/lib/spreadsheets/queries/batches";
import { loadDeclaredRows } from "@/lib/spreadsheets/queries/declared-rows";
import { townFields } from "@/lib/towns/fields";
import type { TownSheetRecord } from "@/lib/towns/sheet";

// Towns with everything their spreadsheet rows hold: the declared fields.

function loadTowns(client: Prisma.TransactionClient, where: Prisma.TownWhereInput): Promise<TownSheetRecord[]> {
  return loadDeclaredRows<typeof townFields, Record<never, never>>(
    (args) => client.town.findMany(args as never),
    townFields,
    where,
    {},
  );
}

export async function loadTownsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<TownSheetRecord[]> {
  return inOrder(ids, await inBatches(ids, (batch) => loadTowns(client, { id: { in: batch } })));
}

/** Every town, archived ones too: names and INSEE codes are unique among all of them, and there are a few hundred at most. */
export async function loadAllTowns(client: Prisma.TransactionClient): Promise<TownSheetRecord[]> {
  return loadTowns(client, {});
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationSheetRecord } from "@/lib/delegations/sheet";
import { delegationFields } from "@/lib/delegations/fields";
import { inBatches, inOrder } from "@/lib/spreadsheets/queries/batches";
import { loadDeclaredRows } from "@/lib/spreadsheets/queries/declared-rows";

// Delegations with everything their spreadsheet rows hold; relations read one query after the
// other (lib/missions/sheet-queries.ts says why).

function loadDelegationBatch(
  client: Prisma.TransactionClient,
  where: Prisma.DelegationWhereInput,
): Promise<DelegationSheetRecord[]> {
  return loadDeclaredRows<typeof delegationFields, { status: string; cancellationReason: string | null }>(
    (args) => client.delegation.findMany(args as never),
    delegationFields,
    where,
    { status: true, cancellationReason: true },
  );
}

export async function loadDelegationsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<DelegationSheetRecord[]> {
  return inOrder(ids, await inBatches(ids, (batch) => loadDelegationBatch(client, { id: { in: batch } })));
}

/** Every delegation (archived ones too) arriving at one of these instants. */
export async function loadDelegationsArrivingAt(
  client: Prisma.TransactionClient,
  instants: readonly Date[],
): Promise<DelegationSheetRecord[]> {
  return inBatches(instants, (batch) => loadDelegationBatch(client, { arrivalAt: { in: batch } }));
}

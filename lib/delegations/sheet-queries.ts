import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationSheetRecord } from "@/lib/delegations/sheet";
import { inBatches, byId, inOrder, namedLinks, partnerShortNames } from "@/lib/spreadsheets/queries/batches";

// Delegations with everything their spreadsheet rows hold; relations read one query after the
// other (lib/missions/sheet-queries.ts says why).

async function loadDelegationBatch(
  client: Prisma.TransactionClient,
  where: Prisma.DelegationWhereInput,
): Promise<DelegationSheetRecord[]> {
  const delegations = await client.delegation.findMany({
    where,
    select: {
      id: true,
      version: true,
      archivedAt: true,
      title: true,
      status: true,
      cancellationReason: true,
      originCountryCode: true,
      arrivalAt: true,
      departureAt: true,
      size: true,
      hostName: true,
      programme: true,
    },
  });
  if (delegations.length === 0) return [];
  const ids = { id: { in: delegations.map((delegation) => delegation.id) } };
  const origins = byId(
    await client.delegation.findMany({
      where: ids,
      select: { id: true, originDestination: { select: { city: true, countryCode: true } } },
    }),
  );
  const sectors = byId(await client.delegation.findMany({ where: ids, select: { id: true, sectors: namedLinks } }));
  const partners = byId(
    await client.delegation.findMany({ where: ids, select: { id: true, partners: partnerShortNames } }),
  );
  return delegations.map((delegation) => ({
    ...delegation,
    originDestination: origins.get(delegation.id)?.originDestination ?? null,
    sectors: sectors.get(delegation.id)?.sectors ?? [],
    partners: partners.get(delegation.id)?.partners ?? [],
  }));
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

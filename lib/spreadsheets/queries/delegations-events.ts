import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationSheetRecord } from "../areas/delegations";
import type { EventSheetRecord } from "../areas/events";
import { batches, inOrder } from "./batches";

// Delegations and events with everything their spreadsheet rows hold; relations read one query
// after the other (see missions.ts).

const named = { select: { code: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } } as const;
const shortNames = { select: { shortName: true }, orderBy: { shortName: "asc" } } as const;

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

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
  const sectors = byId(await client.delegation.findMany({ where: ids, select: { id: true, sectors: named } }));
  const partners = byId(await client.delegation.findMany({ where: ids, select: { id: true, partners: shortNames } }));
  return delegations.map((delegation) => ({
    ...delegation,
    originDestination: origins.get(delegation.id)?.originDestination ?? null,
    sectors: sectors.get(delegation.id)?.sectors ?? [],
    partners: partners.get(delegation.id)?.partners ?? [],
  }));
}

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
  const sectors = byId(await client.internationalEvent.findMany({ where: ids, select: { id: true, sectors: named } }));
  const partners = byId(
    await client.internationalEvent.findMany({ where: ids, select: { id: true, partners: shortNames } }),
  );
  const objectives = byId(
    await client.internationalEvent.findMany({ where: ids, select: { id: true, objectives: named } }),
  );
  return events.map((event) => ({
    ...event,
    sectors: sectors.get(event.id)?.sectors ?? [],
    partners: partners.get(event.id)?.partners ?? [],
    objectives: objectives.get(event.id)?.objectives ?? [],
  }));
}

export async function loadDelegationsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<DelegationSheetRecord[]> {
  const records: DelegationSheetRecord[] = [];
  for (const batch of batches(ids)) records.push(...(await loadDelegationBatch(client, { id: { in: batch } })));
  return inOrder(ids, records);
}

/** Every delegation (archived ones too) arriving at one of these instants. */
export async function loadDelegationsArrivingAt(
  client: Prisma.TransactionClient,
  instants: readonly Date[],
): Promise<DelegationSheetRecord[]> {
  const records: DelegationSheetRecord[] = [];
  for (const batch of batches(instants))
    records.push(...(await loadDelegationBatch(client, { arrivalAt: { in: batch } })));
  return records;
}

export async function loadEventsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<EventSheetRecord[]> {
  const records: EventSheetRecord[] = [];
  for (const batch of batches(ids)) records.push(...(await loadEventBatch(client, { id: { in: batch } })));
  return inOrder(ids, records);
}

/** Every event (archived ones too) starting at one of these instants. */
export async function loadEventsStartingAt(
  client: Prisma.TransactionClient,
  instants: readonly Date[],
): Promise<EventSheetRecord[]> {
  const records: EventSheetRecord[] = [];
  for (const batch of batches(instants)) records.push(...(await loadEventBatch(client, { startsAt: { in: batch } })));
  return records;
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { detailSelectOf, recordValuesOf } from "@/lib/records/read-fields";
import type { RecordValues } from "@/lib/records/fields";
import { listParts, type Part } from "../parts";
import { travellerFields } from "./fields";
import { authorityOf, type TravellerAuthority } from "./authority";

// A mission's travellers and their authority to leave (decision 016). Office users only: mission
// orders and deliberations are the department's own papers.

export type Traveller = Part<typeof travellerFields>;

/** The mission's travellers in the order they were added, removed ones last; none for a partner user. */
export const listTravellers = (actor: ActingUser, missionId: string): Promise<Traveller[]> =>
  listParts(actor, db.missionTraveller, travellerFields, missionId);

/** One traveller of one mission, for its edit form; null when not there or not readable. */
export async function getTraveller(actor: ActingUser, missionId: string, id: string): Promise<Traveller | null> {
  return (await listTravellers(actor, missionId)).find((traveller) => traveller.id === id) ?? null;
}

/** The travellers not removed, as the authority rule reads them. */
export function currentAuthorities(
  travellers: (RecordValues<typeof travellerFields> & { archivedAt: Date | null })[],
): TravellerAuthority[] {
  return travellers.filter((traveller) => traveller.archivedAt === null).map(authorityOf);
}

/** The mission's current travellers as the authority rule reads them, inside the caller's transaction. */
export async function travellerAuthorities(
  client: Pick<typeof db, "missionTraveller">,
  missionId: string,
): Promise<TravellerAuthority[]> {
  const rows = await client.missionTraveller.findMany({
    where: { missionId, archivedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { archivedAt: true, ...detailSelectOf(travellerFields) },
  });
  return currentAuthorities(
    rows.map((row) => ({ ...recordValuesOf(travellerFields, row, "fr"), archivedAt: row.archivedAt })),
  );
}

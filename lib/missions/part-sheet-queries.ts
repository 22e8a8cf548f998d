import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Fields } from "@/lib/records/fields";
import { detailSelectOf, recordValuesOf } from "@/lib/records/read-fields";
import { batches } from "@/lib/spreadsheets/queries/batches";
import { dayOf } from "@/lib/time";
import { costFields } from "./costs/fields";
import type { CostSheetRecord, TravellerSheetRecord } from "./part-sheets";
import { travellerFields } from "./travellers/fields";

// The travellers and cost lines of missions as their spreadsheet rows hold them (./part-sheets.ts),
// removed ones too (an import must know a row is one of them): by mission in the order given, then
// in the order they were added. Batches one after the other (one connection in a transaction).

const partSelect = {
  id: true,
  version: true,
  archivedAt: true,
  missionId: true,
  mission: { select: { title: true, startDate: true } },
} as const;

const partOrder = [{ createdAt: "asc" }, { id: "asc" }] as const;

/** Rows grouped by their mission, the missions in the order of `missionIds`. */
function byMission<T extends { missionId: string }>(missionIds: readonly string[], rows: readonly T[]): T[] {
  const rank = new Map(missionIds.map((id, index) => [id, index]));
  return [...rows].sort((a, b) => rank.get(a.missionId)! - rank.get(b.missionId)!);
}

const missionOf = (row: { mission: { title: string; startDate: Date } }) => ({
  title: row.mission.title,
  startDate: dayOf(row.mission.startDate),
});

type PartRow = {
  id: string;
  version: number;
  archivedAt: Date | null;
  missionId: string;
  mission: { title: string; startDate: Date };
} & Record<string, unknown>;

/** The parts of the missions, by batches, with their declared values and what else `select` adds. */
async function loadParts<TRecord>(
  missionIds: readonly string[],
  fields: Fields,
  findMany: (batch: string[]) => Promise<PartRow[]>,
  extra: (row: PartRow) => object = () => ({}),
): Promise<TRecord[]> {
  const records: (TRecord & { missionId: string })[] = [];
  for (const batch of batches([...new Set(missionIds)])) {
    for (const row of await findMany(batch)) {
      records.push({
        ...recordValuesOf(fields, row, "fr"),
        id: row.id,
        version: row.version,
        archivedAt: row.archivedAt,
        missionId: row.missionId,
        mission: missionOf(row),
        ...extra(row),
      } as unknown as TRecord & { missionId: string });
    }
  }
  return byMission(missionIds, records);
}

export const loadTravellersOfMissions = (
  client: Prisma.TransactionClient,
  missionIds: readonly string[],
): Promise<TravellerSheetRecord[]> =>
  loadParts(missionIds, travellerFields, (batch) =>
    client.missionTraveller.findMany({
      where: { missionId: { in: batch } },
      orderBy: [...partOrder],
      select: { ...partSelect, ...detailSelectOf(travellerFields) },
    }),
  );

/** Cost lines name their payer by its short name, as the sheets name partners. */
export const loadCostsOfMissions = (
  client: Prisma.TransactionClient,
  missionIds: readonly string[],
): Promise<CostSheetRecord[]> =>
  loadParts(
    missionIds,
    costFields,
    (batch) =>
      client.missionCost.findMany({
        where: { missionId: { in: batch } },
        orderBy: [...partOrder],
        select: { ...partSelect, ...detailSelectOf(costFields), payerPartner: { select: { shortName: true } } },
      }),
    (row) => ({ payerPartner: row.payerPartner }),
  );

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { can } from "@/lib/policy";
import type { RecordValues } from "@/lib/records/fields";
import { detailSelectOf, recordValuesOf } from "@/lib/records/read-fields";
import { costFields } from "./fields";

// A mission's cost lines (decision 017). Office users only: budgets are the department's own.

export type Cost = RecordValues<typeof costFields> & { id: string; version: number; archivedAt: Date | null };

/** The mission's cost lines in the order they were added, removed ones last; none for a partner user. */
export async function listCosts(actor: ActingUser, missionId: string): Promise<Cost[]> {
  if (!can(actor, "records.read")) return [];
  const rows = await db.missionCost.findMany({
    where: { missionId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, version: true, archivedAt: true, ...detailSelectOf(costFields) },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    archivedAt: row.archivedAt,
    ...recordValuesOf(costFields, row, actor.locale),
  }));
}

/** One cost line of one mission, for its edit form; null when not there or not readable. */
export async function getCost(actor: ActingUser, missionId: string, id: string): Promise<Cost | null> {
  return (await listCosts(actor, missionId)).find((cost) => cost.id === id) ?? null;
}

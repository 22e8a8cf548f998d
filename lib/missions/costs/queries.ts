import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listParts, type Part } from "../parts";
import { costFields } from "./fields";

// A mission's cost lines (decision 017). Office users only: budgets are the department's own.

export type Cost = Part<typeof costFields>;

export const listCosts = (actor: ActingUser, missionId: string): Promise<Cost[]> =>
  listParts(actor, db.missionCost, costFields, missionId);

/** One cost line of one mission, for its edit form; null when not there or not readable. */
export async function getCost(actor: ActingUser, missionId: string, id: string): Promise<Cost | null> {
  return (await listCosts(actor, missionId)).find((cost) => cost.id === id) ?? null;
}

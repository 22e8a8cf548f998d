import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderRule } from "@/lib/missions/travellers/authority";
import { missionOrderRuleId } from "./schemas";

// The rule a staff member's mission order is held to (decision 025). Its row is made by its
// migration; read as "no cap" should it be missing (a test database emptied between tests).

export type MissionOrderRule = OrderRule & {
  id: string;
  version: number;
  archivedAt: null;
  source: string;
  updatedAt: Date | null;
};

export async function getMissionOrderRule(client: Pick<Prisma.TransactionClient, "missionOrderRule"> = db) {
  const row = await client.missionOrderRule.findUnique({
    where: { id: missionOrderRuleId },
    select: { version: true, maxValidityMonths: true, source: true, updatedAt: true },
  });
  return {
    id: missionOrderRuleId,
    archivedAt: null,
    version: row?.version ?? 1,
    maxValidityMonths: row?.maxValidityMonths ?? null,
    source: row?.source ?? "",
    updatedAt: row?.updatedAt ?? null,
  } satisfies MissionOrderRule;
}

import "server-only";
import { DomainError } from "@/lib/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockRecord } from "@/lib/records/writes";
import { isAwaitingApproval } from "./status";

/**
 * Locks a mission for a change to one of its parts (a traveller, a cost line, its allowance days),
 * so the change and the mission's own rules over its parts (its confirmation) take turns; an
 * archived mission is read-only, and so is one a manager is deciding on (decision 015). Returns
 * the partners taking part, for the parts that name one.
 */
export async function lockMissionForPart(
  tx: Prisma.TransactionClient,
  missionId: string,
): Promise<{ partnerIds: string[] }> {
  await lockRecord(tx, "Mission", missionId);
  const mission = await tx.mission.findUnique({
    where: { id: missionId },
    select: { archivedAt: true, status: true, partners: { select: { partnerId: true } } },
  });
  if (!mission) throw new DomainError("notFound");
  if (mission.archivedAt) throw new DomainError("archived");
  if (isAwaitingApproval(mission.status)) throw new DomainError("awaitingApproval");
  return { partnerIds: mission.partners.map((partner) => partner.partnerId) };
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCanEditReference } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { missionOrderRuleFields } from "./fields";
import { missionOrderRuleId, type UpdateMissionOrderRuleInput } from "./schemas";

// The mission order rule (codeLists.manage, decision 025), saved the way every declared record is
// (lib/records/declared-writes.ts): a stale version is refused naming what someone else changed,
// and the audit log gets "missionOrderRule.update" with the change.

const authorize = (actor: ActingUser) => assertCanEditReference(actor, "missionOrderRule");

const writes = declaredWrites({
  table: "MissionOrderRule",
  area: "missionOrderRule",
  fields: missionOrderRuleFields,
  model: (tx) => modelOf(tx.missionOrderRule),
  extra: {},
  authorize,
});

export async function updateMissionOrderRule(actor: ActingUser, input: UpdateMissionOrderRuleInput): Promise<void> {
  authorize(actor);
  await db.$transaction(async (tx) => {
    // The row its migration made, put back should it be missing (a database emptied by hand).
    await tx.missionOrderRule.upsert({
      where: { id: missionOrderRuleId },
      create: { id: missionOrderRuleId },
      update: {},
      select: { id: true },
    });
    await writes.update(tx, actor, input);
  });
}

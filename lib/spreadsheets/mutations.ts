import "server-only";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationStatus, EventStatus, MissionStatus } from "@/lib/generated/prisma/enums";
import { assertCanEditRecords } from "@/lib/records/access";
import type { StatusFields } from "@/lib/spreadsheets/sheet-types";

// The one write the import makes itself: records' statuses. A spreadsheet records history ("this
// mission was completed", "this delegation was welcomed"), so a new record takes the status the
// file gives it directly instead of walking the status flow one change at a time. The rules the
// status changes enforce on their end state were checked on the row (a completed mission has
// started, a cancellation has its reason), and an existing record's status only moves along its
// flow (lib/spreadsheets/import/classify.ts). Each change is audited like a status change, in the
// import's transaction; records reaching the same status are updated by one statement.

export type StatusKind = "mission" | "delegation" | "event";

export type StatusChange = { kind: StatusKind; id: string; before: StatusFields; after: StatusFields };

const entityTypes: Record<StatusKind, string> = {
  mission: "Mission",
  delegation: "Delegation",
  event: "InternationalEvent",
};

async function updateStatuses(
  tx: Prisma.TransactionClient,
  kind: StatusKind,
  ids: string[],
  after: StatusFields,
): Promise<void> {
  const where = { id: { in: ids } };
  const bump = { version: { increment: 1 } };
  if (kind === "mission")
    await tx.mission.updateMany({
      where,
      data: { status: after.status as MissionStatus, cancellationReason: after.cancellationReason, ...bump },
    });
  else if (kind === "delegation")
    await tx.delegation.updateMany({
      where,
      data: { status: after.status as DelegationStatus, cancellationReason: after.cancellationReason, ...bump },
    });
  else await tx.internationalEvent.updateMany({ where, data: { status: after.status as EventStatus, ...bump } });
}

export async function recordImportedStatuses(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  changes: readonly StatusChange[],
): Promise<void> {
  assertCanEditRecords(actor);
  const groups = new Map<string, StatusChange[]>();
  for (const change of changes) {
    const key = JSON.stringify([change.kind, change.after.status, change.after.cancellationReason]);
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  for (const group of groups.values()) {
    const [first] = group;
    if (first)
      await updateStatuses(
        tx,
        first.kind,
        group.map((change) => change.id),
        first.after,
      );
  }
  for (const { kind, id, before, after } of changes) {
    const fields = (value: StatusFields) => (kind === "event" ? { status: value.status } : { ...value });
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action: `${kind}.changeStatus`,
      entityType: entityTypes[kind],
      entityId: id,
      changes: changedFields(fields(before), fields(after)),
    });
  }
}

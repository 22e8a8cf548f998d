import type { Prisma } from "@/lib/generated/prisma/client";

// The one way the app writes the audit log. Always called with the transaction of the change it
// records, so the entry and the change are committed, or rolled back, together. Not "server-only":
// it touches no client of its own, and `npm run token` (outside Next) audits through it too.

export type AuditActor = { id: string; email: string } | null;

export type AuditInput = {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Prisma.InputJsonValue;
  clientIp?: string | null;
};

export type FieldChanges = Record<
  string,
  { before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null }
>;

export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      // strictUndefinedChecks: an absent value is left out, never passed as `undefined`.
      ...(input.changes === undefined ? {} : { changes: input.changes }),
      clientIp: input.clientIp ?? null,
    },
  });
}

type Comparable = string | number | boolean | Date | null;

/** The before/after of the fields that differ; dates as ISO strings. Secrets must not be passed. */
export function changedFields(before: Record<string, Comparable>, after: Record<string, Comparable>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const previous = normalise(before[key] ?? null);
    const next = normalise(after[key] ?? null);
    if (previous !== next) changes[key] = { before: previous, after: next };
  }
  return changes;
}

function normalise(value: Comparable): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

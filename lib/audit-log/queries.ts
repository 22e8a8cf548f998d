import "server-only";
import { DomainError } from "@/lib/action-result";
import { type ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { endOfParisDay, startOfParisDay } from "@/lib/time";
import type { AuditListParams } from "@/lib/users/list-params";
import { can } from "@/lib/policy";
import { readableChanges, type ChangeLine } from "./readable";
import { entityLabels } from "./record-names";

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The record's name today (a user's name), so the log reads without ids; null if unknown. */
  entityLabel: string | null;
  changes: unknown;
  /** The changes as a manager reads them, in the reader's language (readable.ts). */
  changeLines: ChangeLine[];
  clientIp: string | null;
};

/** ADMIN only. Newest first by default; the log is read-only everywhere in the app. */
export async function listAuditEntries(
  actor: ActingUser,
  params: AuditListParams,
): Promise<{ rows: AuditRow[]; total: number }> {
  if (!can(actor, "audit.read")) throw new DomainError("forbidden");
  const createdAt: Prisma.DateTimeFilter = {
    ...(params.from ? { gte: startOfParisDay(params.from) } : {}),
    ...(params.to ? { lt: endOfParisDay(params.to) } : {}),
  };
  const where: Prisma.AuditEntryWhereInput = {
    ...(params.actorId ? { actorId: params.actorId } : {}),
    ...(params.entityType ? { entityType: params.entityType } : {}),
    ...(params.from || params.to ? { createdAt } : {}),
    ...(params.q
      ? {
          OR: [
            { action: { contains: params.q, mode: "insensitive" } },
            { actorEmail: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [entries, total] = await db.$transaction([
    db.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: params.direction }, { id: params.direction }],
      ...toPrismaPaging(params),
      select: {
        id: true,
        createdAt: true,
        actorEmail: true,
        action: true,
        entityType: true,
        entityId: true,
        changes: true,
        clientIp: true,
        actor: { select: { name: true } },
      },
    }),
    db.auditEntry.count({ where }),
  ]);
  const [labels, lines] = await Promise.all([entityLabels(entries), readableChanges(entries, actor.locale)]);
  return {
    rows: entries.map(({ id, actor: author, ...entry }, index) => ({
      ...entry,
      changeLines: lines[index] ?? [],
      id: id.toString(),
      actorName: author?.name ?? null,
      entityLabel: (entry.entityId && labels.get(`${entry.entityType}:${entry.entityId}`)) ?? null,
    })),
    total,
  };
}

import "server-only";
import { DomainError } from "@/lib/action-result";
import { type ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { endOfParisDay, startOfParisDay } from "@/lib/time";
import type { AuditListParams, auditedRecordTypes } from "@/lib/users/list-params";
import { can } from "@/lib/policy";
import { readableChanges, type ChangeLine } from "./readable";

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

/** How to name each kind of record in the log: its current title or name. */
const labelReaders: Record<
  (typeof auditedRecordTypes)[number] | string,
  (ids: string[]) => Promise<{ id: string; label: string }[]>
> = {
  User: async (ids) =>
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
      id: r.id,
      label: r.name,
    })),
  Partner: async (ids) =>
    (await db.partner.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
      id: r.id,
      label: r.name,
    })),
  Mission: async (ids) =>
    (await db.mission.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({
      id: r.id,
      label: r.title,
    })),
  Delegation: async (ids) =>
    (await db.delegation.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({
      id: r.id,
      label: r.title,
    })),
  InternationalEvent: async (ids) =>
    (await db.internationalEvent.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map(
      (r) => ({ id: r.id, label: r.title }),
    ),
  Agreement: async (ids) =>
    (await db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({
      id: r.id,
      label: r.title,
    })),
  Town: async (ids) =>
    (await db.town.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
      id: r.id,
      label: r.name,
    })),
  Destination: async (ids) =>
    (
      await db.destination.findMany({ where: { id: { in: ids } }, select: { id: true, city: true, countryCode: true } })
    ).map((r) => ({ id: r.id, label: `${r.city} (${r.countryCode})` })),
  Sector: async (ids) =>
    (await db.sector.findMany({ where: { id: { in: ids } }, select: { id: true, nameFr: true } })).map((r) => ({
      id: r.id,
      label: r.nameFr,
    })),
  Objective: async (ids) =>
    (await db.objective.findMany({ where: { id: { in: ids } }, select: { id: true, nameFr: true } })).map((r) => ({
      id: r.id,
      label: r.nameFr,
    })),
  JointAction: async (ids) =>
    (await db.jointAction.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({
      id: r.id,
      label: r.title,
    })),
  YearClosure: async (ids) =>
    (await db.yearClosure.findMany({ where: { id: { in: ids } }, select: { id: true, year: true } })).map((r) => ({
      id: r.id,
      label: String(r.year),
    })),
  MissionTraveller: async (ids) =>
    (
      await db.missionTraveller.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, mission: { select: { title: true } } },
      })
    ).map((r) => ({ id: r.id, label: `${r.name} — ${r.mission.title}` })),
  MissionCost: async (ids) =>
    (
      await db.missionCost.findMany({
        where: { id: { in: ids } },
        select: { id: true, description: true, mission: { select: { title: true } } },
      })
    ).map((r) => ({ id: r.id, label: [r.description, r.mission.title].filter(Boolean).join(" — ") })),
  AccessToken: async (ids) =>
    (await db.accessToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
      id: r.id,
      label: r.name,
    })),
  PriorityPeriod: async (ids) =>
    (await db.priorityPeriod.findMany({ where: { id: { in: ids } }, select: { id: true, label: true } })).map((r) => ({
      id: r.id,
      label: r.label,
    })),
};

/** Names of the records a page of entries is about: one query per record type present on the page. */
async function entityLabels(entries: { entityType: string; entityId: string | null }[]): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { entityType, entityId } of entries) {
    if (entityId && labelReaders[entityType])
      (idsByType.get(entityType) ?? idsByType.set(entityType, new Set()).get(entityType)!).add(entityId);
  }
  const labelled = await Promise.all(
    [...idsByType].map(async ([type, ids]) =>
      (await labelReaders[type]!([...ids])).map(({ id, label }) => [`${type}:${id}`, label] as const),
    ),
  );
  return new Map(labelled.flat());
}

import "server-only";
import { db } from "@/lib/db";
import type { auditedRecordTypes } from "./record-types";

// The names the audit log shows for records, read today: the record an entry is about (by its
// type) and the records its changes name by id (readable.ts), one query per kind present.

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
export async function entityLabels(
  entries: { entityType: string; entityId: string | null }[],
): Promise<Map<string, string>> {
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

/** The names of records known only by their ids (a change's linked records): every kind is asked. */
export async function namesOfIds(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const named = await Promise.all(Object.values(labelReaders).map((read) => read(ids)));
  return new Map(named.flat().map(({ id, label }) => [id, label] as const));
}

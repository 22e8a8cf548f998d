import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCanReadOfficeRecords } from "./read-access";

// A partner's or a destination's history (issue 21): year by year, how many missions,
// delegations, events and joint actions it took part in. Each count is what the record's list
// shows with the same filters — not archived, any status, the list's own year (a mission's first
// day, a delegation's arrival and an event's start in Paris time, a joint action's day) — so the
// page links each count to that list.

export const historyKinds = ["missions", "delegations", "events", "jointActions"] as const;
export type HistoryKind = (typeof historyKinds)[number];

export type HistoryYear = { year: number; counts: Partial<Record<HistoryKind, number>> };
export type History = { kinds: HistoryKind[]; years: HistoryYear[] };

type CountRow = { kind: HistoryKind; year: number; count: number };

function byYear(kinds: HistoryKind[], rows: CountRow[]): History {
  const years = new Map<number, HistoryYear>();
  for (const { kind, year, count } of rows) {
    const entry = years.get(year) ?? { year, counts: {} };
    entry.counts[kind] = count;
    years.set(year, entry);
  }
  return { kinds, years: [...years.values()].sort((a, b) => b.year - a.year) };
}

/** What the organisation took part in, most recent year first. */
export async function getPartnerHistory(actor: ActingUser, partnerId: string): Promise<History> {
  assertCanReadOfficeRecords(actor);
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT 'missions' AS kind, extract(year FROM m."startDate")::int AS year, count(*)::int AS count
      FROM "Mission" m
      WHERE m."archivedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "MissionPartner" p WHERE p."missionId" = m.id AND p."partnerId" = ${partnerId})
      GROUP BY 2
    UNION ALL
    SELECT 'delegations', extract(year FROM d."arrivalAt" AT TIME ZONE 'Europe/Paris')::int, count(*)::int
      FROM "Delegation" d JOIN "_DelegationToPartner" l ON l."A" = d.id AND l."B" = ${partnerId}
      WHERE d."archivedAt" IS NULL
      GROUP BY 2
    UNION ALL
    SELECT 'events', extract(year FROM e."startsAt" AT TIME ZONE 'Europe/Paris')::int, count(*)::int
      FROM "InternationalEvent" e JOIN "_InternationalEventToPartner" l ON l."A" = e.id AND l."B" = ${partnerId}
      WHERE e."archivedAt" IS NULL
      GROUP BY 2
    UNION ALL
    SELECT 'jointActions', extract(year FROM j.date)::int, count(*)::int
      FROM "JointAction" j
      WHERE j."partnerId" = ${partnerId} AND j."archivedAt" IS NULL
      GROUP BY 2`;
  return byYear(["missions", "delegations", "events", "jointActions"], rows);
}

/** The missions to it, the delegations from it and the joint actions held there, most recent year first. */
export async function getDestinationHistory(actor: ActingUser, destinationId: string): Promise<History> {
  assertCanReadOfficeRecords(actor);
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT 'missions' AS kind, extract(year FROM m."startDate")::int AS year, count(*)::int AS count
      FROM "Mission" m JOIN "_DestinationToMission" l ON l."B" = m.id AND l."A" = ${destinationId}
      WHERE m."archivedAt" IS NULL
      GROUP BY 2
    UNION ALL
    SELECT 'delegations', extract(year FROM d."arrivalAt" AT TIME ZONE 'Europe/Paris')::int, count(*)::int
      FROM "Delegation" d
      WHERE d."originDestinationId" = ${destinationId} AND d."archivedAt" IS NULL
      GROUP BY 2
    UNION ALL
    SELECT 'jointActions', extract(year FROM j.date)::int, count(*)::int
      FROM "JointAction" j
      WHERE j."destinationId" = ${destinationId} AND j."archivedAt" IS NULL
      GROUP BY 2`;
  return byYear(["missions", "delegations", "jointActions"], rows);
}

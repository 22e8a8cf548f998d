import "server-only";
import { DomainError } from "@/lib/action-result";
import { recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/policy";
import { getDestinationBreakdown, getYearBreakdowns, type AllBreakdowns } from "./breakdowns";
import { figureNames, getKeyFigures, type FigureName, type KeyFigures } from "./figures";

// Closing a year freezes its key figures, with the ids of the records each one counted, so later
// edits cannot silently change a published figure: the dashboard shows both values and the
// records that make the difference (decision 009).

type RecordIds = Record<FigureName, string[]>;

/**
 * The ids each key figure counts for a year, read from "CountedRecord", the figures' one definition
 * (migration key_figure_definitions); connected towns count every year up to this one.
 */
export async function getCountedRecordIds(year: number, client: Prisma.TransactionClient = db): Promise<RecordIds> {
  const rows = await client.$queryRawUnsafe<{ figure: FigureName; ids: string[] }[]>(
    `SELECT figure, array_agg("recordId" ORDER BY "recordId") AS ids FROM "CountedRecord"
     WHERE CASE WHEN figure = 'connectedTowns' THEN year <= $1 ELSE year = $1 END
     GROUP BY figure`,
    year,
  );
  const ids = Object.fromEntries(figureNames.map((figure) => [figure, [] as string[]])) as RecordIds;
  for (const row of rows) ids[row.figure] = row.ids;
  return ids;
}

export type Closure = {
  year: number;
  closedAt: Date;
  closedByName: string;
  figures: KeyFigures;
  recordIds: RecordIds;
  /** The breakdowns published with the year; null for a year closed before they were kept. */
  breakdowns: AllBreakdowns | null;
};

/** The closure in force for `year`; inside a transaction pass its client (see lib/reference/options.ts allActive). */
export async function getClosure(year: number, client: Prisma.TransactionClient = db): Promise<Closure | null> {
  // The closer's name only once there is a closure: Prisma sends the relation's query even for no
  // parent row ("WHERE id IN (NULL)"), a round trip on every dashboard of an open year.
  const closure = await client.yearClosure.findFirst({
    where: { year, reopenedAt: null },
    select: { year: true, closedAt: true, figures: true, recordIds: true, breakdowns: true, closedById: true },
  });
  if (!closure) return null;
  const closedBy = await client.user.findUniqueOrThrow({ where: { id: closure.closedById }, select: { name: true } });
  return {
    year: closure.year,
    closedAt: closure.closedAt,
    closedByName: closedBy.name,
    figures: closure.figures as unknown as KeyFigures,
    recordIds: closure.recordIds as unknown as RecordIds,
    breakdowns: closure.breakdowns as unknown as AllBreakdowns | null,
  };
}

/**
 * Closing and reopening one year take turns until their transaction ends: of ten managers closing
 * a year at once, one closes it and nine are told it is already closed (without the lock, the
 * others' inserts failed on the one-open-closure index and answered "unexpected error").
 */
async function lockYear(tx: Prisma.TransactionClient, year: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('YearClosure'), ${year}::int)`;
}

export async function closeYear(actor: ActingUser, year: number): Promise<void> {
  if (!can(actor, "years.close")) throw new DomainError("forbidden");
  await db.$transaction(async (tx) => {
    await lockYear(tx, year);
    if (await tx.yearClosure.findFirst({ where: { year, reopenedAt: null }, select: { id: true } }))
      throw new DomainError("yearAlreadyClosed");
    const [figures] = await getKeyFigures(year, year, tx);
    const recordIds = await getCountedRecordIds(year, tx);
    const breakdowns: AllBreakdowns = {
      ...(await getYearBreakdowns(year, tx)),
      destinations: await getDestinationBreakdown(year, tx),
    };
    const json = (value: unknown) => value as Prisma.InputJsonValue;
    const closure = await tx.yearClosure.create({
      data: {
        year,
        figures: json(figures),
        recordIds: json(recordIds),
        breakdowns: json(breakdowns),
        closedById: actor.id,
      },
      select: { id: true },
    });
    const published = Object.fromEntries(figureNames.map((name) => [name, figures?.[name] ?? 0]));
    await recordAudit(tx, {
      actor,
      action: "year.close",
      entityType: "YearClosure",
      entityId: closure.id,
      changes: { year, ...published },
    });
  });
}

export async function reopenYear(actor: ActingUser, year: number): Promise<void> {
  if (!can(actor, "years.reopen")) throw new DomainError("forbidden");
  await db.$transaction(async (tx) => {
    await lockYear(tx, year);
    const closure = await tx.yearClosure.findFirst({ where: { year, reopenedAt: null }, select: { id: true } });
    if (!closure) throw new DomainError("yearNotClosed");
    await tx.yearClosure.update({
      where: { id: closure.id },
      data: { reopenedAt: new Date(), reopenedById: actor.id },
    });
    await recordAudit(tx, {
      actor,
      action: "year.reopen",
      entityType: "YearClosure",
      entityId: closure.id,
      changes: { year },
    });
  });
}

export type FigureDifference = {
  figure: FigureName;
  published: number;
  live: number;
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
};

/** For a closed year: the figures whose live value differs from the published one, and why (which records). */
export async function getDifferences(closure: Closure, live: KeyFigures): Promise<FigureDifference[]> {
  const liveIds = await getCountedRecordIds(closure.year);
  const differences: FigureDifference[] = [];
  for (const figure of figureNames) {
    const before = new Set(closure.recordIds[figure]);
    const now = new Set(liveIds[figure]);
    const added = [...now].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !now.has(id));
    if (added.length === 0 && removed.length === 0 && closure.figures[figure] === live[figure]) continue;
    const titles = await recordTitles(figure, [...added, ...removed]);
    differences.push({
      figure,
      published: closure.figures[figure],
      live: live[figure],
      added: added.map((id) => ({ id, title: titles.get(id) ?? id })),
      removed: removed.map((id) => ({ id, title: titles.get(id) ?? id })),
    });
  }
  return differences;
}

async function recordTitles(figure: FigureName, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids } };
  const rows =
    figure === "missionsCarriedOut"
      ? await db.mission.findMany({ where, select: { id: true, title: true } })
      : figure === "delegationsWelcomed"
        ? await db.delegation.findMany({ where, select: { id: true, title: true } })
        : figure === "internationalEventsOrganised"
          ? await db.internationalEvent.findMany({ where, select: { id: true, title: true } })
          : (await db.town.findMany({ where, select: { id: true, name: true } })).map((town) => ({
              id: town.id,
              title: town.name,
            }));
  return new Map(rows.map((row) => [row.id, row.title]));
}

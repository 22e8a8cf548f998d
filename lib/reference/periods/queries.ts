import "server-only";
import { DomainError } from "@/lib/action-result";
import { type ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { archivedWhere } from "@/lib/reference/list-filters";
import { can } from "@/lib/policy";
import type { PeriodListParams } from "./list-params";

export type PeriodRow = {
  id: string;
  label: string;
  startYear: number;
  endYear: number;
  archivedAt: Date | null;
  destinationCount: number;
};
export type PeriodDetail = Omit<PeriodRow, "destinationCount"> & {
  version: number;
  destinations: { id: string; label: string; isArchived: boolean }[];
};

function assertAdmin(actor: ActingUser): void {
  if (!can(actor, "codeLists.manage")) throw new DomainError("forbidden");
}

export async function listPeriods(
  actor: ActingUser,
  params: PeriodListParams,
): Promise<{ rows: PeriodRow[]; total: number }> {
  assertAdmin(actor);
  const where: Prisma.PriorityPeriodWhereInput = {
    ...archivedWhere(params.archived),
    ...(params.q ? { label: { contains: params.q, mode: "insensitive" } } : {}),
  };
  const [periods, total] = await db.$transaction([
    db.priorityPeriod.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: {
        id: true,
        label: true,
        startYear: true,
        endYear: true,
        archivedAt: true,
        _count: { select: { destinations: true } },
      },
    }),
    db.priorityPeriod.count({ where }),
  ]);
  return {
    rows: periods.map(({ _count, ...period }) => ({ ...period, destinationCount: _count.destinations })),
    total,
  };
}

export async function getPeriod(actor: ActingUser, id: string): Promise<PeriodDetail | null> {
  assertAdmin(actor);
  const period = await db.priorityPeriod.findUnique({
    where: { id },
    select: {
      id: true,
      label: true,
      startYear: true,
      endYear: true,
      archivedAt: true,
      version: true,
      destinations: {
        select: { destination: { select: { id: true, city: true, countryCode: true, archivedAt: true } } },
        orderBy: { destination: { city: "asc" } },
      },
    },
  });
  if (!period) return null;
  return {
    ...period,
    destinations: period.destinations.map(({ destination }) => ({
      id: destination.id,
      label: `${destination.city} (${destination.countryCode})`,
      isArchived: destination.archivedAt !== null,
    })),
  };
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { archivedWhere } from "@/lib/reference/list-filters";
import { assertCanReadOfficeRecords } from "@/lib/reference/read-access";
import { acceptedDayRange, yearOptions } from "@/lib/records/year-options";
import type { TownListParams } from "./list-params";
import { yearBounds } from "@/lib/time";

export type TownRow = {
  id: string;
  name: string;
  inseeCode: string | null;
  connectedOn: Date | null;
  archivedAt: Date | null;
};
export type TownDetail = TownRow & { version: number; updatedAt: Date };

const rowSelect = {
  id: true,
  name: true,
  inseeCode: true,
  connectedOn: true,
  archivedAt: true,
} satisfies Prisma.TownSelect;

/** One page of towns matching the search (name or INSEE code) and filters. ADMIN, STAFF, MANAGER. */
export async function listTowns(
  actor: ActingUser,
  params: TownListParams,
): Promise<{ rows: TownRow[]; total: number }> {
  assertCanReadOfficeRecords(actor);
  const year = params.year === undefined ? null : yearBounds(params.year);
  const connectedBy = params.connectedBy === undefined ? null : new Date(`${params.connectedBy}-12-31T00:00:00Z`);
  const connectedOn: Prisma.DateTimeNullableFilter = {
    ...(params.connected === true || year || connectedBy ? { not: null } : {}),
    ...(year ? { gte: year.first, lte: year.last } : {}),
    ...(connectedBy ? { lte: year && year.last < connectedBy ? year.last : connectedBy } : {}),
  };
  const where: Prisma.TownWhereInput = {
    ...archivedWhere(params.archived),
    ...(params.connected === false
      ? { connectedOn: null }
      : Object.keys(connectedOn).length > 0
        ? { connectedOn }
        : {}),
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { inseeCode: { startsWith: params.q.toUpperCase() } },
          ],
        }
      : {}),
  };
  const orderBy: Prisma.TownOrderByWithRelationInput[] = [
    params.sort === "name" ? { name: params.direction } : { [params.sort]: { sort: params.direction, nulls: "last" } },
    { id: "asc" },
  ];
  const [rows, total] = await db.$transaction([
    db.town.findMany({ where, orderBy, ...toPrismaPaging(params), select: rowSelect }),
    db.town.count({ where }),
  ]);
  return { rows, total };
}

export async function getTown(actor: ActingUser, id: string): Promise<TownDetail | null> {
  assertCanReadOfficeRecords(actor);
  return db.town.findUnique({ where: { id }, select: { ...rowSelect, version: true, updatedAt: true } });
}

/** The years towns were connected in, newest first, for the year filter. */
export async function listTownYears(actor: ActingUser): Promise<number[]> {
  assertCanReadOfficeRecords(actor);
  const { _min, _max } = await db.town.aggregate({
    where: { archivedAt: null, connectedOn: acceptedDayRange() },
    _min: { connectedOn: true },
    _max: { connectedOn: true },
  });
  return yearOptions(_min.connectedOn?.getUTCFullYear(), _max.connectedOn?.getUTCFullYear());
}

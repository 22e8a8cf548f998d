import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { AgreementKind, Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { archivedWhere } from "@/lib/reference/list-filters";
import { assertCanReadOfficeRecords } from "@/lib/reference/read-access";
import { acceptedDayRange, yearOptions } from "@/lib/records/year-options";
import { expiryWindow } from "./expiry";
import type { AgreementListParams } from "./list-params";
import { dateOfDay, parisDay, yearBounds } from "@/lib/time";

export type AgreementRow = {
  id: string;
  title: string;
  kind: AgreementKind;
  counterpart: string;
  destination: string;
  startDate: Date;
  endDate: Date | null;
  isExclusive: boolean;
  archivedAt: Date | null;
};

const rowSelect = {
  id: true,
  title: true,
  kind: true,
  counterpart: true,
  startDate: true,
  endDate: true,
  isExclusive: true,
  archivedAt: true,
  destination: { select: { city: true, countryCode: true } },
} satisfies Prisma.AgreementSelect;

const destinationLabel = (destination: { city: string; countryCode: string }) =>
  `${destination.city} (${destination.countryCode})`;

const toRow = ({
  destination,
  ...agreement
}: Prisma.AgreementGetPayload<{ select: typeof rowSelect }>): AgreementRow => ({
  ...agreement,
  destination: destinationLabel(destination),
});

/** Current agreements ending between `today` and six months later (Paris days). */
function expiringWhere(today: string): Prisma.AgreementWhereInput {
  const { from, to } = expiryWindow(today);
  return { archivedAt: null, endDate: { gte: dateOfDay(from), lte: dateOfDay(to) } };
}

function orderBy(params: AgreementListParams): Prisma.AgreementOrderByWithRelationInput[] {
  const direction = params.direction;
  const first: Prisma.AgreementOrderByWithRelationInput =
    params.sort === "destination"
      ? { destination: { city: direction } }
      : params.sort === "endDate"
        ? { endDate: { sort: direction, nulls: "last" } }
        : { [params.sort]: direction };
  return [first, { id: "asc" }];
}

/**
 * One page of agreements matching the search (title or counterpart) and filters. `today` (a Paris
 * day, "YYYY-MM-DD") anchors the "expiring" filter; tests pass a fixed one. ADMIN, STAFF, MANAGER.
 */
export async function listAgreements(
  actor: ActingUser,
  params: AgreementListParams,
  today: string = parisDay(),
): Promise<{ rows: AgreementRow[]; total: number }> {
  assertCanReadOfficeRecords(actor);
  const year = params.year === undefined ? null : yearBounds(params.year);
  const where: Prisma.AgreementWhereInput = {
    AND: [
      archivedWhere(params.archived),
      params.kind ? { kind: params.kind } : {},
      params.destinationId ? { destinationId: params.destinationId } : {},
      // In force at some point of the year: started by its last day, not ended before its first.
      year ? { startDate: { lte: year.last }, OR: [{ endDate: null }, { endDate: { gte: year.first } }] } : {},
      params.expiring ? expiringWhere(today) : {},
      params.q
        ? {
            OR: [
              { title: { contains: params.q, mode: "insensitive" } },
              { counterpart: { contains: params.q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const [rows, total] = await db.$transaction([
    db.agreement.findMany({ where, orderBy: orderBy(params), ...toPrismaPaging(params), select: rowSelect }),
    db.agreement.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** The agreements to renew soon, earliest end first (the list page's panel). */
export async function listExpiringAgreements(
  actor: ActingUser,
  today: string = parisDay(),
  limit = 10,
): Promise<{ rows: AgreementRow[]; total: number }> {
  assertCanReadOfficeRecords(actor);
  const where = expiringWhere(today);
  const [rows, total] = await db.$transaction([
    db.agreement.findMany({
      where,
      orderBy: [{ endDate: "asc" }, { title: "asc" }, { id: "asc" }],
      take: limit,
      select: rowSelect,
    }),
    db.agreement.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

export type AgreementDetail = AgreementRow & {
  version: number;
  notes: string;
  updatedAt: Date;
  destinationRef: { id: string; isArchived: boolean };
  mission: { id: string; title: string } | null;
  themes: { year: number; theme: string }[];
};

export async function getAgreement(actor: ActingUser, id: string): Promise<AgreementDetail | null> {
  assertCanReadOfficeRecords(actor);
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      version: true,
      notes: true,
      updatedAt: true,
      destinationId: true,
      destination: { select: { city: true, countryCode: true, archivedAt: true } },
      signedOnMission: { select: { id: true, title: true } },
      themes: { select: { year: true, theme: true }, orderBy: { year: "asc" } },
    },
  });
  if (!agreement) return null;
  const { destination, destinationId, signedOnMission, ...rest } = agreement;
  return {
    ...rest,
    destination: destinationLabel(destination),
    destinationRef: { id: destinationId, isArchived: destination.archivedAt !== null },
    mission: signedOnMission,
  };
}

/** The years agreements are in force, newest first, for the year filter. */
export async function listAgreementYears(actor: ActingUser): Promise<number[]> {
  assertCanReadOfficeRecords(actor);
  const [starts, ends] = await Promise.all([
    db.agreement.aggregate({
      where: { archivedAt: null, startDate: acceptedDayRange() },
      _min: { startDate: true },
      _max: { startDate: true },
    }),
    db.agreement.aggregate({ where: { archivedAt: null, endDate: acceptedDayRange() }, _max: { endDate: true } }),
  ]);
  const last = Math.max(starts._max.startDate?.getUTCFullYear() ?? 0, ends._max.endDate?.getUTCFullYear() ?? 0);
  return yearOptions(starts._min.startDate?.getUTCFullYear(), last || null);
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { archivedWhere } from "@/lib/reference/list-filters";
import { assertCanReadOfficeRecords } from "@/lib/reference/read-access";
import type { DestinationListParams } from "./list-params";

export type DestinationRow = {
  id: string;
  city: string;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  timeZone: string | null;
  archivedAt: Date | null;
  /** Labels of the current (not archived) programme periods that make it a priority. */
  priorityPeriods: string[];
};
export type DestinationDetail = DestinationRow & { version: number; updatedAt: Date; agreementCount: number };

/** Priority links to periods still in use; an archived period no longer makes a priority. */
const currentPriority = { period: { archivedAt: null } } satisfies Prisma.PriorityDestinationWhereInput;

const rowSelect = {
  id: true,
  city: true,
  countryCode: true,
  latitude: true,
  longitude: true,
  timeZone: true,
  archivedAt: true,
  priorities: {
    where: currentPriority,
    select: { period: { select: { label: true } } },
    orderBy: { period: { startYear: "asc" } },
  },
} satisfies Prisma.DestinationSelect;

type Selected = Prisma.DestinationGetPayload<{ select: typeof rowSelect }>;

const toRow = ({ priorities, ...destination }: Selected): DestinationRow => ({
  ...destination,
  priorityPeriods: priorities.map((priority) => priority.period.label),
});

export async function listDestinations(
  actor: ActingUser,
  params: DestinationListParams,
): Promise<{ rows: DestinationRow[]; total: number }> {
  assertCanReadOfficeRecords(actor);
  const where: Prisma.DestinationWhereInput = {
    ...archivedWhere(params.archived),
    ...(params.country ? { countryCode: params.country } : {}),
    ...(params.priority === undefined
      ? {}
      : { priorities: params.priority ? { some: currentPriority } : { none: currentPriority } }),
    ...(params.q ? { city: { contains: params.q, mode: "insensitive" } } : {}),
  };
  const orderBy: Prisma.DestinationOrderByWithRelationInput[] =
    params.sort === "countryCode"
      ? [{ countryCode: params.direction }, { city: "asc" }, { id: "asc" }]
      : [{ city: params.direction }, { id: "asc" }];
  const [rows, total] = await db.$transaction([
    db.destination.findMany({ where, orderBy, ...toPrismaPaging(params), select: rowSelect }),
    db.destination.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

export async function getDestination(actor: ActingUser, id: string): Promise<DestinationDetail | null> {
  assertCanReadOfficeRecords(actor);
  const destination = await db.destination.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      version: true,
      updatedAt: true,
      _count: { select: { agreements: { where: { archivedAt: null } } } },
    },
  });
  if (!destination) return null;
  const { _count, version, updatedAt, ...rest } = destination;
  return { ...toRow(rest), version, updatedAt, agreementCount: _count.agreements };
}

/** The countries destinations are in, for the list's country filter. */
export async function listDestinationCountries(actor: ActingUser): Promise<string[]> {
  assertCanReadOfficeRecords(actor);
  const countries = await db.destination.findMany({
    distinct: ["countryCode"],
    select: { countryCode: true },
    orderBy: { countryCode: "asc" },
  });
  return countries.map((country) => country.countryCode);
}

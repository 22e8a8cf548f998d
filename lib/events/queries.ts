import "server-only";
import { type ActingUser } from "@/lib/auth";
import { columnRange } from "@/lib/column-range";
import { acceptedInstantRange, yearOptions } from "@/lib/records/year-options";
import { db } from "@/lib/db";
import type { EventStatus, Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { partnerScope } from "@/lib/records/access";
import { can } from "@/lib/policy";
import type { RecordValues } from "@/lib/records/fields";
import { detailSelectOf, recordValuesOf, searchConditionsOf } from "@/lib/records/read-fields";
import { eventFields } from "./fields";
import type { EventListParams } from "./list-params";
import { parisYear, parisYearRange } from "@/lib/time";

// Reading international events. ADMIN, STAFF and MANAGER read them all; a partner user reads only
// those their organisation takes part in, and anything else is "not found" to them.

export type EventRow = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  attendance: number | null;
  status: EventStatus;
  archivedAt: Date | null;
};

/** The partner condition every read puts in its `where`. */
function readableBy(actor: ActingUser): Prisma.InternationalEventWhereInput {
  const partnerId = partnerScope(actor);
  return partnerId ? { partners: { some: { id: partnerId } } } : {};
}

const rowSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  attendance: true,
  status: true,
  archivedAt: true,
} satisfies Prisma.InternationalEventSelect;

export async function listEvents(
  actor: ActingUser,
  params: EventListParams,
): Promise<{ rows: EventRow[]; total: number }> {
  // Conditional spreads, never `undefined` values: with strictUndefinedChecks Prisma rejects them.
  const where: Prisma.InternationalEventWhereInput = {
    AND: [
      readableBy(actor),
      { archivedAt: params.archived ? { not: null } : null },
      params.status ? { status: params.status } : {},
      // The Paris calendar year the event starts in (23:30 on 31 December belongs to that year).
      params.year ? { startsAt: parisYearRange(params.year) } : {},
      params.sector ? { sectors: { some: { id: params.sector } } } : {},
      params.partner ? { partners: { some: { id: params.partner } } } : {},
      params.objective ? { objectives: { some: { id: params.objective } } } : {},
      params.q ? { OR: searchConditionsOf<Prisma.InternationalEventWhereInput>(eventFields, params.q) } : {},
    ],
  };
  const [rows, total] = await db.$transaction([
    db.internationalEvent.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: rowSelect,
    }),
    db.internationalEvent.count({ where }),
  ]);
  return { rows, total };
}

export type EventDetail = EventRow &
  RecordValues<typeof eventFields> & {
    version: number;
    updatedAt: Date;
  };

/** One event, or null when it does not exist or the actor may not read it. */
export async function getEvent(actor: ActingUser, id: string): Promise<EventDetail | null> {
  const event = await db.internationalEvent.findFirst({
    where: { AND: [{ id }, readableBy(actor)] },
    select: { ...detailSelectOf(eventFields), ...rowSelect, version: true, updatedAt: true },
  });
  return event && { ...event, ...recordValuesOf(eventFields, event, actor.locale) };
}

/** The years the list's filter offers: those the actor's events start in, and this year. */
export async function listEventYears(actor: ActingUser): Promise<number[]> {
  const range = partnerScope(actor)
    ? await db.internationalEvent.aggregate({
        where: { ...readableBy(actor), startsAt: acceptedInstantRange() },
        _min: { startsAt: true },
        _max: { startsAt: true },
      })
    : await columnRange("InternationalEvent").then(({ min, max }) => ({
        _min: { startsAt: min },
        _max: { startsAt: max },
      }));
  const [first, last] = [range._min.startsAt, range._max.startsAt].map((instant) =>
    instant ? parisYear(instant) : null,
  );
  return yearOptions(first, last, parisYear(new Date()));
}

/** True when the actor may change events (pages show the buttons; mutations check again). */
export function canEditEvents(actor: ActingUser): boolean {
  return can(actor, "records.edit");
}

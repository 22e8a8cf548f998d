import "server-only";
import { type ActingUser } from "@/lib/auth";
import { columnRange } from "@/lib/column-range";
import { acceptedDayRange, yearOptions } from "@/lib/records/year-options";
import { db } from "@/lib/db";
import type { JointActionKind, Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { partnerScope } from "@/lib/records/access";
import { can, roleHasOrganisation } from "@/lib/policy";
import type { JointActionListParams } from "./list-params";
import { dateOfDay, parisDay } from "@/lib/time";

// Reading joint actions. ADMIN, STAFF and MANAGER read them all; a partner user reads only their
// organisation's, and anything else is "not found" to them (decision 005: isolation in the data layer).

export type JointActionRow = {
  id: string;
  date: Date;
  kind: JointActionKind;
  title: string;
  partnerId: string;
  partnerShortName: string;
  partnerName: string;
  contactsCount: number;
  investorLeadsCount: number;
  archivedAt: Date | null;
};

/** The partner condition every read puts in its `where`. */
export function jointActionsReadableBy(actor: ActingUser): Prisma.JointActionWhereInput {
  const partnerId = partnerScope(actor);
  return partnerId ? { partnerId } : {};
}

/** The calendar days of a year, as the @db.Date column stores them. */
export function yearDays(year: number): { gte: Date; lt: Date } {
  return { gte: dateOfDay(`${year}-01-01`), lt: dateOfDay(`${year + 1}-01-01`) };
}

const rowSelect = {
  id: true,
  date: true,
  kind: true,
  title: true,
  partnerId: true,
  contactsCount: true,
  investorLeadsCount: true,
  archivedAt: true,
  partner: { select: { shortName: true, name: true } },
} satisfies Prisma.JointActionSelect;

type RowRecord = Prisma.JointActionGetPayload<{ select: typeof rowSelect }>;

function toRow({ partner, ...row }: RowRecord): JointActionRow {
  return { ...row, partnerShortName: partner.shortName, partnerName: partner.name };
}

/** The conditions of the list's search and filters (lib/joint-actions/partner-summary.ts sums the same rows). */
export function listWhere(actor: ActingUser, params: JointActionListParams): Prisma.JointActionWhereInput {
  // Conditional spreads, never `undefined` values: with strictUndefinedChecks Prisma rejects them.
  return {
    AND: [
      jointActionsReadableBy(actor),
      { archivedAt: params.archived ? { not: null } : null },
      params.partner ? { partnerId: params.partner } : {},
      params.kind ? { kind: params.kind } : {},
      params.year ? { date: yearDays(params.year) } : {},
      params.destination ? { destinationId: params.destination } : {},
      params.objective ? { objectiveId: params.objective } : {},
      params.q
        ? {
            OR: [
              { title: { contains: params.q, mode: "insensitive" } },
              { description: { contains: params.q, mode: "insensitive" } },
              { outcome: { contains: params.q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
}

export async function listJointActions(
  actor: ActingUser,
  params: JointActionListParams,
): Promise<{ rows: JointActionRow[]; total: number }> {
  const where = listWhere(actor, params);
  const [rows, total] = await db.$transaction([
    db.jointAction.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: rowSelect,
    }),
    db.jointAction.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

export type JointActionSummary = { count: number; contacts: number; investorLeads: number };

/** A year's totals (archived actions left out); partner users get their organisation's only. */
export async function summariseJointActions(
  actor: ActingUser,
  options: { year: number; partnerId?: string },
): Promise<JointActionSummary> {
  const totals = await db.jointAction.aggregate({
    where: {
      AND: [
        jointActionsReadableBy(actor),
        { archivedAt: null, date: yearDays(options.year) },
        options.partnerId ? { partnerId: options.partnerId } : {},
      ],
    },
    _count: { _all: true },
    _sum: { contactsCount: true, investorLeadsCount: true },
  });
  return {
    count: totals._count._all,
    contacts: totals._sum.contactsCount ?? 0,
    investorLeads: totals._sum.investorLeadsCount ?? 0,
  };
}

type Linked = { id: string; label: string } | null;

export type JointActionDetail = JointActionRow & {
  description: string;
  outcome: string;
  mission: Linked;
  delegation: Linked;
  event: Linked;
  /** `label` is "City (CC)"; city and country code also apart, for the API. */
  destination: (NonNullable<Linked> & { city: string; countryCode: string }) | null;
  objective: Linked;
  version: number;
  updatedAt: Date;
};

/** One joint action, or null when it does not exist or the actor may not read it. */
export async function getJointAction(actor: ActingUser, id: string): Promise<JointActionDetail | null> {
  const found = await db.jointAction.findFirst({
    where: { AND: [{ id }, jointActionsReadableBy(actor)] },
    select: {
      ...rowSelect,
      description: true,
      outcome: true,
      version: true,
      updatedAt: true,
      mission: { select: { id: true, title: true } },
      delegation: { select: { id: true, title: true } },
      event: { select: { id: true, title: true } },
      destination: { select: { id: true, city: true, countryCode: true } },
      objective: { select: { id: true, nameFr: true, nameEn: true } },
    },
  });
  if (!found) return null;
  const { mission, delegation, event, destination, objective, description, outcome, version, updatedAt, ...row } =
    found;
  const titled = (entry: { id: string; title: string } | null) => (entry ? { id: entry.id, label: entry.title } : null);
  return {
    ...toRow(row),
    description,
    outcome,
    version,
    updatedAt,
    mission: titled(mission),
    delegation: titled(delegation),
    event: titled(event),
    destination: destination ? { ...destination, label: `${destination.city} (${destination.countryCode})` } : null,
    objective: objective
      ? { id: objective.id, label: actor.locale === "fr" ? objective.nameFr : objective.nameEn }
      : null,
  };
}

/** True when the actor may record joint actions (partners for their organisation; mutations check again). */
export function canEditJointActions(actor: ActingUser): boolean {
  return can(actor, "jointActions.log") && (!roleHasOrganisation(actor.role) || Boolean(actor.partnerId));
}

/** The years the list's filter offers: those of the actor's actions, and this year. */
export async function listJointActionYears(actor: ActingUser): Promise<number[]> {
  const range = partnerScope(actor)
    ? await db.jointAction.aggregate({
        where: { ...jointActionsReadableBy(actor), date: acceptedDayRange() },
        _min: { date: true },
        _max: { date: true },
      })
    : await columnRange("JointAction").then(({ min, max }) => ({ _min: { date: min }, _max: { date: max } }));
  return yearOptions(
    range._min.date?.getUTCFullYear(),
    range._max.date?.getUTCFullYear(),
    Number(parisDay().slice(0, 4)),
  );
}

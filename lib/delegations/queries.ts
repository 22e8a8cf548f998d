import "server-only";
import { type ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { DelegationStatus, Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { partnerScope } from "@/lib/records/access";
import { columnRange, distinctDelegationCountries } from "@/lib/column-range";
import { acceptedInstantRange, yearOptions } from "@/lib/records/year-options";
import { can } from "@/lib/policy";
import { countryName } from "@/lib/records/countries";
import type { RecordValues } from "@/lib/records/fields";
import { detailSelectOf, recordValuesOf, searchConditionsOf } from "@/lib/records/read-fields";
import { delegationFields } from "./fields";
import type { DelegationListParams } from "./list-params";
import { parisYear, parisYearRange } from "@/lib/time";

// Reading delegations. ADMIN, STAFF and MANAGER read them all; a partner user reads only those
// their organisation takes part in, and anything else is "not found" to them (never "forbidden").

export type DelegationRow = {
  id: string;
  title: string;
  /** "Haïfa, Israël", or the country alone, in the reader's language. */
  origin: string;
  arrivalAt: Date;
  departureAt: Date;
  size: number;
  status: DelegationStatus;
  archivedAt: Date | null;
};

/** The partner condition every read puts in its `where`. */
function readableBy(actor: ActingUser): Prisma.DelegationWhereInput {
  const partnerId = partnerScope(actor);
  return partnerId ? { partners: { some: { id: partnerId } } } : {};
}

function originText(
  delegation: { originCountryCode: string; originDestination: { city: string } | null },
  locale: string,
): string {
  const country = countryName(delegation.originCountryCode, locale);
  return delegation.originDestination ? `${delegation.originDestination.city}, ${country}` : country;
}

const rowSelect = {
  id: true,
  title: true,
  originCountryCode: true,
  arrivalAt: true,
  departureAt: true,
  size: true,
  status: true,
  archivedAt: true,
  originDestination: { select: { city: true } },
} satisfies Prisma.DelegationSelect;

export async function listDelegations(
  actor: ActingUser,
  params: DelegationListParams,
): Promise<{ rows: DelegationRow[]; total: number }> {
  // The origin cities matching the search, looked up first in their small table: every condition
  // of the search is then on Delegation itself, which its trigram indexes answer together
  // (migration 20261127174000_dashboard_and_list_performance; a join would read every delegation).
  const matchingOrigins = params.q
    ? (
        await db.destination.findMany({
          where: { city: { contains: params.q, mode: "insensitive" } },
          select: { id: true },
        })
      ).map((origin) => origin.id)
    : [];
  // Conditional spreads, never `undefined` values: with strictUndefinedChecks Prisma rejects them.
  const where: Prisma.DelegationWhereInput = {
    AND: [
      readableBy(actor),
      { archivedAt: params.archived ? { not: null } : null },
      params.status ? { status: params.status } : {},
      params.year ? { arrivalAt: parisYearRange(params.year) } : {},
      params.sector ? { sectors: { some: { id: params.sector } } } : {},
      params.partner ? { partners: { some: { id: params.partner } } } : {},
      params.destination ? { originDestinationId: params.destination } : {},
      params.country ? { originCountryCode: params.country } : {},
      params.q
        ? {
            OR: [
              ...searchConditionsOf<Prisma.DelegationWhereInput>(delegationFields, params.q),
              ...(matchingOrigins.length ? [{ originDestinationId: { in: matchingOrigins } }] : []),
            ],
          }
        : {},
    ],
  };
  // Side by side on the pool rather than in a transaction, which under READ COMMITTED would not
  // make them one snapshot and costs BEGIN/COMMIT (decision 011).
  const [delegations, total] = await Promise.all([
    db.delegation.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: rowSelect,
    }),
    db.delegation.count({ where }),
  ]);
  const rows = delegations.map(({ originCountryCode, originDestination, ...row }) => ({
    ...row,
    origin: originText({ originCountryCode, originDestination }, actor.locale),
  }));
  return { rows, total };
}

export type DelegationDetail = DelegationRow &
  RecordValues<typeof delegationFields> & {
    cancellationReason: string | null;
    version: number;
    updatedAt: Date;
  };

/** One delegation, or null when it does not exist or the actor may not read it. */
export async function getDelegation(actor: ActingUser, id: string): Promise<DelegationDetail | null> {
  const delegation = await db.delegation.findFirst({
    where: { AND: [{ id }, readableBy(actor)] },
    select: {
      ...detailSelectOf(delegationFields),
      ...rowSelect,
      cancellationReason: true,
      version: true,
      updatedAt: true,
    },
  });
  if (!delegation) return null;
  return {
    ...delegation,
    ...recordValuesOf(delegationFields, delegation, actor.locale),
    origin: originText(delegation, actor.locale),
  };
}

/** The years and countries the list's filters offer: those the actor's delegations have, and this year. */
export async function listDelegationFilterChoices(
  actor: ActingUser,
): Promise<{ years: number[]; countries: { code: string; name: string }[] }> {
  const where = readableBy(actor);
  const [range, countries] = partnerScope(actor)
    ? await Promise.all([
        db.delegation.aggregate({
          where: { ...where, arrivalAt: acceptedInstantRange() },
          _min: { arrivalAt: true },
          _max: { arrivalAt: true },
        }),
        db.delegation.groupBy({ by: ["originCountryCode"], where, orderBy: { originCountryCode: "asc" } }),
      ])
    : await Promise.all([
        columnRange("Delegation").then(({ min, max }) => ({ _min: { arrivalAt: min }, _max: { arrivalAt: max } })),
        distinctDelegationCountries().then((codes) => codes.map((originCountryCode) => ({ originCountryCode }))),
      ]);
  const firstAndLast = [range._min.arrivalAt, range._max.arrivalAt].map((instant) =>
    instant ? parisYear(instant) : null,
  );
  const collator = new Intl.Collator(actor.locale);
  return {
    years: yearOptions(firstAndLast[0], firstAndLast[1], parisYear(new Date())),
    countries: countries
      .map(({ originCountryCode: code }) => ({ code, name: countryName(code, actor.locale) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/** True when the actor may change delegations (pages show the buttons; mutations check again). */
export function canEditDelegations(actor: ActingUser): boolean {
  return can(actor, "records.edit");
}

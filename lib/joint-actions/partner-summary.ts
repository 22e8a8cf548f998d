import "server-only";
import type { ActingUser } from "@/lib/auth";
import { foldTopRows, type FoldedRows } from "@/lib/dashboard/top-rows";
import { db } from "@/lib/db";
import { canReadAllRecords } from "@/lib/records/access";
import type { JointActionListParams } from "./list-params";
import { listWhere, type JointActionSummary } from "./queries";

// The joint-actions list's summary per organisation, for staff and managers. At the scale of
// decades it would sum 200,000 actions and list 500 organisations on every view of the list
// (decision 011): without a filter other than the year, it reads the per-year counts the database
// keeps (BreakdownCount, decision 011) instead of the actions; and it shows the organisations
// with the most actions, the rest as one row.

/** How many organisations the summary shows before folding the rest into one row. */
export const partnerSummaryTopRows = 15;

export type PartnerSummary = JointActionSummary & { partnerId: string; partnerShortName: string; partnerName: string };

export type PartnerSummaryTable = FoldedRows<PartnerSummary, keyof JointActionSummary>;

const measures = ["count", "contacts", "investorLeads"] as const;

type Totals = JointActionSummary & { partnerId: string };

/** The list's params the kept counts answer: the year (the summary leaves the free-text search and paging aside). */
const answeredByBreakdowns = new Set(["year", "q", "sort", "direction", "page", "pageSize"]);

/**
 * True when the summary's rows are exactly what BreakdownCount counts: every unarchived action, of
 * a year or all years. Any other filter set (a new one too) sends the summary to the actions.
 */
const isCountedByBreakdowns = (actor: ActingUser, params: JointActionListParams) =>
  canReadAllRecords(actor) &&
  Object.entries(params).every(
    ([name, value]) => answeredByBreakdowns.has(name) || value === undefined || value === false,
  );

async function totalsFromBreakdowns(year: number | undefined): Promise<Totals[]> {
  const rows = await db.$queryRaw<{ partnerId: string; count: number; contacts: number; investorLeads: number }[]>`
    SELECT key AS "partnerId", sum("jointActions")::int AS count, sum(contacts)::int AS contacts, sum("investorLeads")::int AS "investorLeads"
    FROM "BreakdownCount"
    WHERE dimension = 'partner' AND "jointActions" > 0 AND (${year ?? null}::int IS NULL OR year = ${year ?? null}::int)
    GROUP BY key`;
  return rows;
}

async function totalsFromRecords(actor: ActingUser, params: JointActionListParams): Promise<Totals[]> {
  const groups = await db.jointAction.groupBy({
    by: ["partnerId"],
    where: listWhere(actor, { ...params, q: "" }),
    _count: { _all: true },
    _sum: { contactsCount: true, investorLeadsCount: true },
  });
  return groups.map((group) => ({
    partnerId: group.partnerId,
    count: group._count._all,
    contacts: group._sum.contactsCount ?? 0,
    investorLeads: group._sum.investorLeadsCount ?? 0,
  }));
}

/**
 * Per organisation, the totals of the actions the list's filters keep (its free-text search
 * aside), the most active organisations first, the ones after the first 15 summed in `others`.
 */
export async function summariseByPartner(
  actor: ActingUser,
  params: JointActionListParams,
): Promise<PartnerSummaryTable> {
  const totals = isCountedByBreakdowns(actor, params)
    ? await totalsFromBreakdowns(params.year)
    : await totalsFromRecords(actor, params);
  const partners = await db.partner.findMany({
    where: { id: { in: totals.map((row) => row.partnerId) } },
    select: { id: true, shortName: true, name: true },
  });
  const byId = new Map(partners.map((partner) => [partner.id, partner]));
  const rows = totals
    .map((row) => ({
      ...row,
      partnerShortName: byId.get(row.partnerId)?.shortName ?? "",
      partnerName: byId.get(row.partnerId)?.name ?? "",
    }))
    .sort((a, b) => b.count - a.count || a.partnerShortName.localeCompare(b.partnerShortName));
  return foldTopRows(rows, partnerSummaryTopRows, measures);
}

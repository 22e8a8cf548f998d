import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { can } from "@/lib/policy";
import { archivedWhere } from "@/lib/reference/list-filters";
import { dateOfDay, dayOf } from "@/lib/time";
import type { AllowanceRateListParams } from "./list-params";

// The daily allowance rates administrators keep (decision 018), and the rates a mission's days
// are paid at.

const rateSelect = {
  id: true,
  countryCode: true,
  dailyCents: true,
  validFrom: true,
  validUntil: true,
  source: true,
  version: true,
  updatedAt: true,
  archivedAt: true,
} satisfies Prisma.AllowanceRateSelect;

export type AllowanceRateRow = Prisma.AllowanceRateGetPayload<{ select: typeof rateSelect }>;

function assertAdmin(actor: ActingUser): void {
  if (!can(actor, "codeLists.manage")) throw new DomainError("forbidden");
}

export async function listAllowanceRates(
  actor: ActingUser,
  params: AllowanceRateListParams,
): Promise<{ rows: AllowanceRateRow[]; total: number }> {
  assertAdmin(actor);
  const words = params.q?.trim();
  const where: Prisma.AllowanceRateWhereInput = {
    ...archivedWhere(params.archived),
    ...(words
      ? {
          OR: [{ countryCode: { equals: words.toUpperCase() } }, { source: { contains: words, mode: "insensitive" } }],
        }
      : {}),
  };
  const [rows, total] = await db.$transaction([
    db.allowanceRate.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { validFrom: "desc" }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: rateSelect,
    }),
    db.allowanceRate.count({ where }),
  ]);
  return { rows, total };
}

export async function getAllowanceRate(actor: ActingUser, id: string): Promise<AllowanceRateRow | null> {
  assertAdmin(actor);
  return db.allowanceRate.findUnique({ where: { id }, select: rateSelect });
}

/** A rate in force, as the allowance computation reads it (days as "YYYY-MM-DD"). */
export type RateInForce = {
  countryCode: string;
  dailyCents: number;
  validFrom: string;
  validUntil: string | null;
  source: string;
};

/**
 * The rates (not archived) of these countries in force at some point between two days: what a
 * mission's allowances are computed with. Read by the mission's allowances, which check their
 * reader themselves.
 */
export async function ratesInForce(countryCodes: string[], from: string, to: string): Promise<RateInForce[]> {
  if (countryCodes.length === 0) return [];
  const rows = await db.allowanceRate.findMany({
    where: {
      archivedAt: null,
      countryCode: { in: countryCodes },
      validFrom: { lte: dateOfDay(to) },
      OR: [{ validUntil: null }, { validUntil: { gte: dateOfDay(from) } }],
    },
    orderBy: [{ countryCode: "asc" }, { validFrom: "asc" }],
    select: { countryCode: true, dailyCents: true, validFrom: true, validUntil: true, source: true },
  });
  return rows.map((row) => ({
    ...row,
    validFrom: dayOf(row.validFrom),
    validUntil: row.validUntil ? dayOf(row.validUntil) : null,
  }));
}

/** Every rate, archived ones too, as the spreadsheet import matches rows against them. */
export function loadAllAllowanceRates(client: Prisma.TransactionClient): Promise<AllowanceRateRow[]> {
  return client.allowanceRate.findMany({ select: rateSelect, orderBy: [{ countryCode: "asc" }, { validFrom: "asc" }] });
}

import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditReference } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { setArchived, type ArchiveInput } from "@/lib/records/writes";
import { dateOfDay, dayOf } from "@/lib/time";
import { allowanceRateFields } from "./fields";
import type { AllowanceRateInput, UpdateAllowanceRateInput } from "./schemas";

// The daily allowance rates (codeLists.manage, decision 018), written the way every declared
// record is (lib/records/declared-writes.ts). A day of a country has one rate: a rate whose dates
// overlap another's of the same country is refused.

const entity = { area: "allowanceRate", entityType: "AllowanceRate" } as const;

const authorize = (actor: ActingUser) => assertCanEditReference(actor, "allowanceRate");

const writes = declaredWrites({
  table: "AllowanceRate",
  area: "allowanceRate",
  fields: allowanceRateFields,
  model: (tx) => modelOf(tx.allowanceRate),
  extra: {},
  authorize,
});

/**
 * Refuses a rate whose days overlap another current rate of its country. Saves of one country's
 * rates take turns (a transaction-scoped advisory lock), so two overlapping rates saved at once
 * cannot both pass.
 */
async function assertNoOverlap(
  tx: Prisma.TransactionClient,
  rate: Pick<AllowanceRateInput, "countryCode" | "validFrom" | "validUntil">,
  ownId: string | null,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`AllowanceRate:${rate.countryCode}`}))`;
  const overlapping = await tx.allowanceRate.findFirst({
    where: {
      countryCode: rate.countryCode,
      archivedAt: null,
      ...(ownId ? { id: { not: ownId } } : {}),
      ...(rate.validUntil ? { validFrom: { lte: dateOfDay(rate.validUntil) } } : {}),
      OR: [{ validUntil: null }, { validUntil: { gte: dateOfDay(rate.validFrom) } }],
    },
    select: { id: true },
  });
  if (overlapping) throw new DomainError("rateOverlaps", { validFrom: ["rateOverlaps"] });
}

export async function createAllowanceRate(actor: ActingUser, input: AllowanceRateInput): Promise<{ id: string }> {
  return db.$transaction((tx) => createAllowanceRateInTransaction(tx, actor, input));
}

/** The same inside a transaction the caller holds (the spreadsheet import writes many rates in one). */
export async function createAllowanceRateInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: AllowanceRateInput,
): Promise<{ id: string }> {
  authorize(actor);
  await assertNoOverlap(tx, input, null);
  return writes.create(tx, actor, input);
}

export async function updateAllowanceRate(actor: ActingUser, input: UpdateAllowanceRateInput): Promise<void> {
  await db.$transaction((tx) => updateAllowanceRateInTransaction(tx, actor, input));
}

export async function updateAllowanceRateInTransaction(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: UpdateAllowanceRateInput,
): Promise<void> {
  authorize(actor);
  await assertNoOverlap(tx, input, input.id);
  await writes.update(tx, actor, input);
}

/** An archived rate no longer pays any day; restoring it is refused if another took its days. */
export async function setAllowanceRateArchived(actor: ActingUser, input: ArchiveInput): Promise<void> {
  authorize(actor);
  await db.$transaction((tx) =>
    setArchived(tx, { table: "AllowanceRate", delegate: tx.allowanceRate }, actor, input, entity, async () => {
      if (input.archived) return;
      const rate = await tx.allowanceRate.findUniqueOrThrow({ where: { id: input.id } });
      const period = { validFrom: dayOf(rate.validFrom), validUntil: rate.validUntil ? dayOf(rate.validUntil) : null };
      await assertNoOverlap(tx, { ...rate, ...period }, rate.id);
    }),
  );
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/search/query";
import { withStorableText } from "@/lib/unstorable-text";
import { assertCanReadOfficeRecords } from "@/lib/reference/read-access";
import type { OptionQuery, PickerOption } from "@/lib/records/option-query";
import { destinationLabel, partnerLabel } from "./options";

// The searchable pickers' partners and destinations (docs/decisions/011-benchmark.md: lists and
// forms no longer send all 500 partners and 2,000 destinations as options). Searches offer only
// active entries, at most `limit`; a lookup by id names the entry a filter already holds, archived
// or not. Both tables are small enough that a case-insensitive "contains" reads them quickly
// without a trigram index.

const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

/**
 * The active entries of a small table whose columns contain `q`, case and accents aside ("cote"
 * finds "Côte d'Azur", "geneve" "Genève"): the database's search_fold, as the search everywhere
 * (decision 027). Table and column names are this module's constants, never input.
 */
async function foldedMatches(table: "Partner" | "Destination", columns: string[], q: string): Promise<string[]> {
  // Raw SQL is not read through the unstorable-text guard's softening: a NUL matches nothing.
  const pattern = containsPattern(withStorableText(q));
  const where = columns.map(
    (column) => Prisma.sql`search_fold(${Prisma.raw(`"${column}"`)}) LIKE search_fold(${pattern})`,
  );
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE "archivedAt" IS NULL AND (${Prisma.join(where, " OR ")})`;
  return rows.map((row) => row.id);
}

/** Partners whose name or short name contains `q`, by name. Partners are the office's records. */
export async function searchPartnerOptions(actor: ActingUser, { q, limit }: OptionQuery): Promise<PickerOption[]> {
  assertCanReadOfficeRecords(actor);
  const partners = await db.partner.findMany({
    where: { archivedAt: null, ...(q ? { id: { in: await foldedMatches("Partner", ["name", "shortName"], q) } } : {}) },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
  });
  return partners.map((partner) => ({ id: partner.id, label: partnerLabel(partner) }));
}

/**
 * Destinations whose city or country code contains `q`, by city. Every role may search them:
 * partner users link their joint actions to destinations and filter their list by one.
 */
export async function searchDestinationOptions(_actor: ActingUser, { q, limit }: OptionQuery): Promise<PickerOption[]> {
  const destinations = await db.destination.findMany({
    where: {
      archivedAt: null,
      ...(q
        ? { OR: [{ id: { in: await foldedMatches("Destination", ["city"], q) } }, { countryCode: contains(q) }] }
        : {}),
    },
    select: { id: true, city: true, countryCode: true },
    orderBy: [{ city: "asc" }, { countryCode: "asc" }, { id: "asc" }],
    take: limit,
  });
  return destinations.map((destination) => ({
    id: destination.id,
    label: destinationLabel(destination),
    countryCode: destination.countryCode,
  }));
}

/** The partner a filter or form holds, for its label; null when the id names none. */
export async function findPartnerOption(actor: ActingUser, id: string | undefined): Promise<PickerOption | null> {
  assertCanReadOfficeRecords(actor);
  if (!id) return null;
  const partner = await db.partner.findUnique({ where: { id }, select: { id: true, name: true, shortName: true } });
  return partner ? { id: partner.id, label: partnerLabel(partner) } : null;
}

/** The destination a filter or form holds, for its label; null when the id names none. */
export async function findDestinationOption(id: string | undefined): Promise<PickerOption | null> {
  if (!id) return null;
  const destination = await db.destination.findUnique({
    where: { id },
    select: { id: true, city: true, countryCode: true },
  });
  return destination
    ? { id: destination.id, label: destinationLabel(destination), countryCode: destination.countryCode }
    : null;
}

/**
 * The partners a multi-choice field holds when its form opens, for their labels (archived ones
 * included: an existing link stays shown); ids that name none are left out.
 */
export async function findPartnerOptions(actor: ActingUser, ids: string[]): Promise<PickerOption[]> {
  assertCanReadOfficeRecords(actor);
  if (ids.length === 0) return [];
  const partners = await db.partner.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, shortName: true },
  });
  return partners.map((partner) => ({ id: partner.id, label: partnerLabel(partner) }));
}

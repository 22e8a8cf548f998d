import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The choices record forms and list filters offer. Archived reference data is not offered for new
// links (forms must still show a record's existing links: pass their ids in `include`). Partners
// and destinations are too many to list: forms and filters search them (option-search.ts).

export type Option = { id: string; label: string };

const activeOr = (include: string[]) => ({ OR: [{ archivedAt: null }, { id: { in: include } }] });

/** How a partner and a destination read in every list of choices (and in a picker). */
export const partnerLabel = (partner: { name: string; shortName: string }) => `${partner.name} (${partner.shortName})`;
export const destinationLabel = (destination: { city: string; countryCode: string }) =>
  `${destination.city} (${destination.countryCode})`;

export async function listSectorOptions(locale: "fr" | "en", include: string[] = []): Promise<Option[]> {
  const sectors = await db.sector.findMany({
    where: activeOr(include),
    select: { id: true, nameFr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  return sectors.map((sector) => ({ id: sector.id, label: locale === "fr" ? sector.nameFr : sector.nameEn }));
}

export async function listObjectiveOptions(locale: "fr" | "en", include: string[] = []): Promise<Option[]> {
  const objectives = await db.objective.findMany({
    where: activeOr(include),
    select: { id: true, nameFr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  return objectives.map((objective) => ({
    id: objective.id,
    label: locale === "fr" ? objective.nameFr : objective.nameEn,
  }));
}

/**
 * True when every id names reference data that exists and is not archived (for new links). Inside
 * a transaction pass its client: a second connection taken while the transaction holds a row lock
 * can exhaust the pool when many saves of one record queue on that lock (docs/reliability.md, concurrency).
 */
export async function allActive(
  model: "sector" | "objective" | "partner" | "destination",
  ids: string[],
  alreadyLinked: string[] = [],
  client: Prisma.TransactionClient = db,
): Promise<boolean> {
  const wanted = [...new Set(ids)].filter((id) => !alreadyLinked.includes(id));
  if (wanted.length === 0) return true;
  const where = { id: { in: wanted }, archivedAt: null };
  const count =
    model === "sector"
      ? await client.sector.count({ where })
      : model === "objective"
        ? await client.objective.count({ where })
        : model === "partner"
          ? await client.partner.count({ where })
          : await client.destination.count({ where });
  return count === wanted.length;
}

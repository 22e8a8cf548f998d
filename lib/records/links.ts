import "server-only";
import { DomainError, type ConflictField, type FieldErrors } from "@/lib/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";

// Links from a record (delegation, event) to reference data, checked inside the transaction that
// writes them: unknown ids and newly chosen archived entries are refused; links the record already
// has stay even when their target has been archived since (decision 007).

export type LinkKind = "sector" | "partner" | "objective" | "destination";

/**
 * Linked reference data as the audit log shows it (`label`: a code, a short name, "City (CC)") and
 * as a conflict notice shows it to the reader (`names`, for code lists, in each language).
 */
export type LinkLabel = {
  id: string;
  label: string;
  archivedAt: Date | null;
  countryCode?: string;
  names?: { fr: string; en: string };
};

/** The entry's name for a reader of this language. */
export function shownLabel(link: LinkLabel, locale: "fr" | "en"): string {
  return link.names ? link.names[locale] : link.label;
}

/** The entries with these ids (unknown ids are left out), in no particular order. */
export async function findLinks(tx: Prisma.TransactionClient, kind: LinkKind, ids: string[]): Promise<LinkLabel[]> {
  const where = { id: { in: ids } };
  switch (kind) {
    case "sector":
      return (await tx.sector.findMany({ where, select: codeListSelect })).map(codeListLabel);
    case "objective":
      return (await tx.objective.findMany({ where, select: codeListSelect })).map(codeListLabel);
    case "partner":
      return (await tx.partner.findMany({ where, select: { id: true, shortName: true, archivedAt: true } })).map(
        ({ shortName, ...rest }) => ({ ...rest, label: shortName }),
      );
    case "destination":
      return (
        await tx.destination.findMany({ where, select: { id: true, city: true, countryCode: true, archivedAt: true } })
      ).map(({ city, countryCode, ...rest }) => ({
        ...rest,
        label: destinationLabel({ city, countryCode }),
        countryCode,
      }));
  }
}

const codeListSelect = { id: true, code: true, nameFr: true, nameEn: true, archivedAt: true } as const;

function codeListLabel(entry: { id: string; code: string; nameFr: string; nameEn: string; archivedAt: Date | null }) {
  return {
    id: entry.id,
    label: entry.code,
    archivedAt: entry.archivedAt,
    names: { fr: entry.nameFr, en: entry.nameEn },
  };
}

export function destinationLabel(destination: { city: string; countryCode: string }): string {
  return `${destination.city} (${destination.countryCode})`;
}

/**
 * Collects link problems field by field so one refusal names every bad field. `check` returns the
 * found entries in the order of `ids`, or null (and records the field's error) when one is refused.
 */
export class LinkChecker {
  private readonly errors: FieldErrors = {};

  constructor(private readonly tx: Prisma.TransactionClient) {}

  async check(field: string, kind: LinkKind, ids: string[], alreadyLinked: string[] = []): Promise<LinkLabel[]> {
    if (ids.length === 0) return [];
    const found = new Map((await findLinks(this.tx, kind, ids)).map((link) => [link.id, link]));
    const refused = ids.some((id) => {
      const link = found.get(id);
      return !link || (link.archivedAt !== null && !alreadyLinked.includes(id));
    });
    if (refused) this.errors[field] = ["unknownReference"];
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** Throws the collected refusals, if any, as one DomainError("unknownReference"). */
  assertValid(): void {
    if (Object.keys(this.errors).length > 0) throw new DomainError("unknownReference", this.errors);
  }
}

/** Labels of linked entries as one comparable text: sorted, comma-separated. */
export function labelList(links: { label: string }[]): string {
  return links
    .map((link) => link.label)
    .sort((a, b) => a.localeCompare(b))
    .join(", ");
}

/** True when two id lists hold the same ids, whatever the order. */
export function sameIds(a: string[], b: string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((id) => left.has(id));
}

/** Adds `field` to a conflict list when the stored value differs from the submitted one. */
export function addConflict(changed: ConflictField[], field: string, differs: boolean, current: string): void {
  if (differs) changed.push({ field, current });
}

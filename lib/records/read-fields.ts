import "server-only";
import { storedValue, type Fields, type LabelledLink, type LinkKind, type RecordValues } from "./fields";

// The reading side of an area's field declarations (lib/records/fields.ts, decision 014): what a
// record's detail selects and how it names its links in the reader's language, and what the
// list's search looks in. The area's query adds what is not a field (status, version, its row's
// columns) and its access rule.

type Locale = "fr" | "en";

/** How a detail reads the entries of a links field: their ids and what names them, in a stable order. */
function labelSelect(kind: LinkKind) {
  switch (kind) {
    case "sector":
    case "objective":
      return { select: { id: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } } as const;
    case "partner":
      return { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;
    case "destination":
      return { select: { id: true, city: true, countryCode: true }, orderBy: { city: "asc" } } as const;
  }
}

type LinkedRow = { id: string; nameFr?: string; nameEn?: string; name?: string; city?: string; countryCode?: string };

function labelOf(kind: LinkKind, entry: LinkedRow, locale: Locale): string {
  switch (kind) {
    case "sector":
    case "objective":
      return (locale === "fr" ? entry.nameFr : entry.nameEn) ?? "";
    case "partner":
      return entry.name ?? "";
    case "destination":
      return `${entry.city}, ${entry.countryCode}`;
  }
}

/**
 * The select of a record's declared fields: its columns, and each links field's named entries.
 * Typed as adding nothing, so that Prisma types the rest of the select: `recordValuesOf` types
 * what this reads.
 */
export function detailSelectOf(fields: Fields): object {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) =>
      field.kind === "links" ? [field.relation, labelSelect(field.to)] : [name, true],
    ),
  );
}

/** A record read with `detailSelectOf`, its links named in the reader's language. */
export function recordValuesOf<T extends Fields>(
  fields: T,
  row: Record<string, unknown>,
  locale: Locale,
): RecordValues<T> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) =>
      field.kind === "links"
        ? [
            field.relation,
            ((row[field.relation] ?? []) as LinkedRow[]).map((entry): LabelledLink => ({
              id: entry.id,
              label: labelOf(field.to, entry, locale),
            })),
          ]
        : [name, storedValue(field, row[name])],
    ),
  ) as RecordValues<T>;
}

/**
 * The conditions of a list's search for `words`, one per field declared `searched` (any of them
 * containing the words matches), as the model's `where` types them.
 */
export function searchConditionsOf<Where>(fields: Fields, words: string): Where[] {
  return Object.entries(fields)
    .filter(([, field]) => field.searched)
    .map(([name]) => ({ [name]: { contains: words, mode: "insensitive" } }) as Where);
}

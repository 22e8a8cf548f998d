// The years a list's year filter offers. They come from the first and last dates of the records
// the user may read (two index-end reads), looked for inside the accepted range only (lib/time.ts):
// a date stored before input was bounded cannot turn the filter into centuries of options
// (docs/decisions/013-bounded-input.md). No server imports.
import { acceptedDays, acceptedYears, endOfParisDay, startOfParisDay } from "@/lib/time";

/** For a `where` on a `@db.Date` column: the accepted days. */
export function acceptedDayRange(): { gte: Date; lte: Date } {
  return { gte: new Date(`${acceptedDays.first}T00:00:00Z`), lte: new Date(`${acceptedDays.last}T00:00:00Z`) };
}

/** For a `where` on a timestamp column: the instants of the accepted Paris days. */
export function acceptedInstantRange(): { gte: Date; lt: Date } {
  return { gte: startOfParisDay(acceptedDays.first), lt: endOfParisDay(acceptedDays.last) };
}

/**
 * Every year from `first` to `last`, newest first, and `alsoYear` (this year, for lists where a
 * new record is likely) whether or not records fall in it; never outside the accepted years.
 */
export function yearOptions(
  first: number | null | undefined,
  last: number | null | undefined,
  alsoYear?: number,
): number[] {
  const known = [first, last, alsoYear].filter(
    (year): year is number => typeof year === "number" && Number.isInteger(year),
  );
  if (known.length === 0) return [];
  const from = Math.max(Math.min(...known), acceptedYears.first);
  const to = Math.min(Math.max(...known), acceptedYears.last);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => to - index);
}

// What each key figure counts, and where its records are listed. No server imports.
import { isAcceptedYear } from "@/lib/time";
import type { FigureName } from "./figures";

/** The list that shows exactly the records a figure counts for a year. */
export function recordsHref(figure: FigureName, year: number): string {
  switch (figure) {
    case "missionsCarriedOut":
      return `/missions?status=COMPLETED&year=${year}`;
    case "delegationsWelcomed":
      return `/delegations?status=WELCOMED&year=${year}`;
    case "internationalEventsOrganised":
      return `/events?status=HELD&year=${year}`;
    case "connectedTowns":
      return `/towns?connectedBy=${year}`;
  }
}

/** The change against the previous year, or null when there is no previous year to compare with. */
export function yearOverYear(
  current: number,
  previous: number | undefined,
): { delta: number; percent: number | null } | null {
  if (previous === undefined) return null;
  return {
    delta: current - previous,
    percent: previous === 0 ? null : Math.round(((current - previous) / previous) * 100),
  };
}

/** The year a dashboard shows: one of the accepted years (lib/time.ts); none given means the current one. */
export function parseDashboardYear(value: unknown, currentYear: number): number | "invalid" {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text === "") return currentYear;
  if (typeof text !== "string" || !/^\d{4}$/.test(text)) return "invalid";
  const year = Number(text);
  return isAcceptedYear(year) ? year : "invalid";
}

/**
 * The year to open on when none is asked for (issue 21): the current one when it has records,
 * otherwise the latest earlier year that has, otherwise the first later one — never an empty
 * dashboard while some year has figures.
 */
export function pickOpeningYear(yearsWithRecords: number[], currentYear: number): number {
  if (yearsWithRecords.includes(currentYear)) return currentYear;
  const earlier = yearsWithRecords.filter((year) => year < currentYear);
  if (earlier.length > 0) return Math.max(...earlier);
  const later = yearsWithRecords.filter((year) => year > currentYear);
  return later.length > 0 ? Math.min(...later) : currentYear;
}

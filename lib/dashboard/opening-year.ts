import "server-only";
import { cache } from "react";
import { parseDashboardYear, pickOpeningYear } from "./definitions";
import { activityFigureNames, getRecordedYears } from "./figures";
import { getYearFigures } from "./year-figures";
import { parisYear } from "@/lib/time";

/** The first and last years with records; asked once per request however many parts need it. */
export const recordedYears = cache(getRecordedYears);

const openingYear = cache(async (currentYear: number): Promise<number> => {
  const recorded = await recordedYears();
  if (!recorded) return currentYear;
  // Kept counts (decision 009): one query whatever the range.
  const series = await getYearFigures(recorded.first, recorded.last);
  // A year "has records" when something happened in it: connected towns carry over from year to year.
  const withRecords = series
    .filter((row) => activityFigureNames.some((figure) => row.live[figure] > 0))
    .map((row) => row.year);
  return pickOpeningYear(withRecords, currentYear);
});

/** The year a dashboard page, report or export shows: the one asked for, or the opening year. */
export async function resolveDashboardYear(value: unknown, now = new Date()): Promise<number | "invalid"> {
  const text = Array.isArray(value) ? value[0] : value;
  const currentYear = parisYear(now);
  return text === undefined || text === "" ? openingYear(currentYear) : parseDashboardYear(text, currentYear);
}

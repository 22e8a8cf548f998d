import "server-only";
import { db } from "@/lib/db";
import { getDestinationBreakdown, getYearBreakdowns, type AllBreakdowns } from "./breakdowns";
import { getClosure } from "./closures";
import { figureNames, getKeyFigures, type FigureName, type KeyFigures } from "./figures";

// What a year's figures read, for everything that shows them — the dashboard's cards, trends and
// breakdowns, its CSVs, the figures API and the annual report (docs/decisions/009-dashboard.md):
// a closed year shows its published figures, with the live ones beside them where they differ; an
// open year shows the live ones.

export type YearFigures = {
  year: number;
  /** What to show: the published figures of a closed year, otherwise the live ones. */
  shown: KeyFigures;
  /** Counted from the records now. */
  live: KeyFigures;
  /** Frozen when the year was closed; null for a year not closed. */
  published: KeyFigures | null;
  /** The figures whose live value is not the published one. */
  changed: FigureName[];
};

/** Every year from `from` to `to`, oldest first: two queries whatever the range. */
export async function getYearFigures(from: number, to: number): Promise<YearFigures[]> {
  const [series, closures] = await Promise.all([
    getKeyFigures(from, to),
    db.yearClosure.findMany({
      where: { year: { gte: from, lte: to }, reopenedAt: null },
      select: { year: true, figures: true },
    }),
  ]);
  const publishedByYear = new Map(closures.map((closure) => [closure.year, closure.figures as unknown as KeyFigures]));
  return series.map((live) => {
    const published = publishedByYear.get(live.year) ?? null;
    return {
      year: live.year,
      shown: published ?? live,
      live,
      published,
      changed: published ? figureNames.filter((figure) => published[figure] !== live[figure]) : [],
    };
  });
}

/** One year's figures. */
export async function getOneYearFigures(year: number): Promise<YearFigures> {
  const [figures] = await getYearFigures(year, year);
  return figures!;
}

/**
 * The breakdowns to show for a year: those published with a closed year, otherwise (or for a year
 * closed before they were kept) the live ones.
 */
export async function getShownBreakdowns(
  year: number,
  options: { withDestinations: boolean },
): Promise<{ breakdowns: AllBreakdowns; isPublished: boolean }> {
  const closure = await getClosure(year);
  if (closure?.breakdowns) return { breakdowns: closure.breakdowns, isPublished: true };
  // The dashboard's tables leave destinations to the map, which reads the leading ones only.
  const [breakdowns, destinations] = await Promise.all([
    getYearBreakdowns(year),
    options.withDestinations ? getDestinationBreakdown(year) : [],
  ]);
  return { breakdowns: { ...breakdowns, destinations }, isPublished: false };
}

import "server-only";
import { db } from "@/lib/db";
import type { KeyFigures } from "./figures";
import { getOneYearFigures } from "./year-figures";

// What the annual report shows, laid out like the brochure's key-figures page: the key figures
// (published ones for a closed year), the period's priority destinations, and highlights.

export type AnnualReport = {
  year: number;
  figures: KeyFigures;
  isPublished: boolean;
  period: { label: string; destinations: string[] } | null;
  agreementsSigned: { title: string; counterpart: string; city: string }[];
  missions: { title: string; destinations: string[] }[];
};

export async function getAnnualReport(year: number): Promise<AnnualReport> {
  const [figures, period, agreements, missions] = await Promise.all([
    getOneYearFigures(year),
    db.priorityPeriod.findFirst({
      where: { archivedAt: null, startYear: { lte: year }, endYear: { gte: year } },
      select: { label: true, destinations: { select: { destination: { select: { city: true } } } } },
      orderBy: { startYear: "desc" },
    }),
    db.agreement.findMany({
      where: { archivedAt: null, startDate: { gte: new Date(`${year}-01-01`), lt: new Date(`${year + 1}-01-01`) } },
      select: { title: true, counterpart: true, destination: { select: { city: true } } },
      orderBy: { startDate: "asc" },
    }),
    db.mission.findMany({
      where: {
        archivedAt: null,
        status: "COMPLETED",
        startDate: { gte: new Date(`${year}-01-01`), lt: new Date(`${year + 1}-01-01`) },
      },
      select: { title: true, destinations: { select: { city: true } } },
      orderBy: { startDate: "asc" },
    }),
  ]);
  return {
    year,
    figures: figures.shown,
    isPublished: figures.published !== null,
    period: period
      ? {
          label: period.label,
          destinations: period.destinations.map((link) => link.destination.city).sort((a, b) => a.localeCompare(b)),
        }
      : null,
    agreementsSigned: agreements.map((agreement) => ({
      title: agreement.title,
      counterpart: agreement.counterpart,
      city: agreement.destination.city,
    })),
    missions: missions.map((mission) => ({
      title: mission.title,
      destinations: mission.destinations.map((destination) => destination.city),
    })),
  };
}

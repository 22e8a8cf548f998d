import "server-only";
import type { ActingUser } from "@/lib/auth";
import { DomainError } from "@/lib/action-result";
import { can } from "@/lib/policy";
import { getCountryBreakdown, getDestinationBreakdown, getObjectiveBreakdown, getPartnerBreakdown, getSectorBreakdown } from "./breakdowns";
import { getPriorityCoverage } from "./coverage";
import { toCsv } from "./csv";
import { figureNames, getKeyFigures } from "./figures";

// Every row of every breakdown: the dashboard shows the leading partners, countries and destinations
// only (lib/dashboard/top-rows.ts) and points here for the rest.
export const exportTables = ["figures", "sectors", "partners", "countries", "destinations", "objectives", "coverage"] as const;
export type ExportTable = (typeof exportTables)[number];

type Labels = (key: string) => string;

/** One breakdown of the year's dashboard as CSV, with names, never ids, and headers in the reader's language. */
export async function exportBreakdownCsv(actor: ActingUser, table: ExportTable, year: number, locale: "fr" | "en", label: Labels): Promise<string> {
  if (!can(actor, "figures.read")) throw new DomainError("forbidden");
  const name = (row: { nameFr: string; nameEn: string }) => (locale === "fr" ? row.nameFr : row.nameEn);
  const figures = [label("figures.missionsCarriedOut.short"), label("figures.delegationsWelcomed.short"), label("figures.internationalEventsOrganised.short")];
  switch (table) {
    case "figures": {
      const [row] = await getKeyFigures(year, year);
      return toCsv([label("year"), ...figureNames.map((figure) => label(`figures.${figure}.short`))], [[year, ...figureNames.map((figure) => row?.[figure] ?? 0)]]);
    }
    case "sectors":
      return toCsv([label("sector"), ...figures], (await getSectorBreakdown(year)).map((row) => [name(row), row.missions, row.delegations, row.events]));
    case "partners":
      return toCsv(
        [label("partner"), ...figures, `${label("contributions")} (EUR)`, label("jointActions"), label("contacts"), label("investorLeads")],
        (await getPartnerBreakdown(year)).map((row) => [
          row.name, row.missions, row.delegations, row.events, (row.contributionCents / 100).toFixed(2), row.jointActions, row.contacts, row.investorLeads,
        ]),
      );
    case "countries": {
      const countryName = new Intl.DisplayNames([locale], { type: "region" });
      return toCsv([label("country"), figures[0] ?? "", figures[1] ?? ""], (await getCountryBreakdown(year)).map((row) => [countryName.of(row.countryCode) ?? row.countryCode, row.missions, row.delegations]));
    }
    case "destinations": {
      const countryName = new Intl.DisplayNames([locale], { type: "region" });
      return toCsv(
        [label("coverage.destination"), label("country"), figures[0] ?? "", figures[1] ?? ""],
        (await getDestinationBreakdown(year)).map((row) => [row.city, countryName.of(row.countryCode) ?? row.countryCode, row.missions, row.delegations]),
      );
    }
    case "objectives":
      return toCsv([label("objective"), figures[0] ?? "", figures[2] ?? ""], (await getObjectiveBreakdown(year)).map((row) => [name(row), row.missions, row.events]));
    case "coverage": {
      const coverage = await getPriorityCoverage(year);
      if (!coverage) return toCsv([label("coverage.destination")], []);
      const years = coverage.rows[0]?.cells.map((cell) => cell.year) ?? [];
      return toCsv(
        [label("coverage.destination"), ...years.flatMap((column) => [`${column} M`, `${column} D`, `${column} A`, `${column} J`])],
        coverage.rows.map((row) => [`${row.city} (${row.countryCode})`, ...row.cells.flatMap((cell) => [cell.missions, cell.delegations, cell.agreements, cell.jointActions])]),
      );
    }
  }
}

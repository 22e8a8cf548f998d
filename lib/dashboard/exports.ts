import "server-only";
import type { ActingUser } from "@/lib/auth";
import { DomainError } from "@/lib/action-result";
import { can } from "@/lib/policy";
import { getPriorityCoverage } from "./coverage";
import { decimalText } from "@/lib/spreadsheets/cells";
import { csvConventionOf } from "@/lib/spreadsheets/csv-write";
import { toCsv } from "./csv";
import { figureNames } from "./figures";
import type { Results } from "./mission-results";
import { getYearMissionWork } from "./mission-work";
import { getOneYearFigures, getShownBreakdowns } from "./year-figures";

// Every row of every breakdown: the dashboard shows the leading partners, countries and destinations
// only (lib/dashboard/top-rows.ts) and points here for the rest. The mission costs (decision 019)
// and results (decision 021) too, with their total as the last row.
export const exportTables = [
  "figures",
  "sectors",
  "partners",
  "countries",
  "destinations",
  "objectives",
  "coverage",
  "costsByPayer",
  "costsByDestination",
  "results",
] as const;
export type ExportTable = (typeof exportTables)[number];

type Labels = (key: string) => string;

/**
 * One breakdown of the year's dashboard as CSV, with names, never ids, and headers in the reader's
 * language; a closed year's published figures and breakdowns, as the dashboard shows them.
 */
export async function exportBreakdownCsv(
  actor: ActingUser,
  table: ExportTable,
  year: number,
  locale: "fr" | "en",
  label: Labels,
): Promise<string> {
  if (!can(actor, "figures.read")) throw new DomainError("forbidden");
  const convention = csvConventionOf(locale);
  const csv = (header: string[], rows: (string | number)[][]) => toCsv(header, rows, convention);
  // Euros to the cent, with the reader's decimal separator ("6000,00" in French).
  const euros = (cents: number) => decimalText((cents / 100).toFixed(2), convention.decimalComma);
  const name = (row: { nameFr: string; nameEn: string }) => (locale === "fr" ? row.nameFr : row.nameEn);
  const figures = [
    label("figures.missionsCarriedOut.short"),
    label("figures.delegationsWelcomed.short"),
    label("figures.internationalEventsOrganised.short"),
  ];
  const breakdowns = async () =>
    (await getShownBreakdowns(year, { withDestinations: table === "destinations" })).breakdowns;
  switch (table) {
    case "figures": {
      const { shown } = await getOneYearFigures(year);
      return csv(
        [label("year"), ...figureNames.map((figure) => label(`figures.${figure}.short`))],
        [[year, ...figureNames.map((figure) => shown[figure])]],
      );
    }
    case "sectors":
      return csv(
        [label("sector"), ...figures],
        (await breakdowns()).sectors.map((row) => [name(row), row.missions, row.delegations, row.events]),
      );
    case "partners":
      return csv(
        [
          label("partner"),
          ...figures,
          `${label("contributions")} (EUR)`,
          label("jointActions"),
          label("contacts"),
          label("investorLeads"),
        ],
        (await breakdowns()).partners.map((row) => [
          row.name,
          row.missions,
          row.delegations,
          row.events,
          euros(row.contributionCents),
          row.jointActions,
          row.contacts,
          row.investorLeads,
        ]),
      );
    case "countries": {
      const countryName = new Intl.DisplayNames([locale], { type: "region" });
      return csv(
        [label("country"), figures[0] ?? "", figures[1] ?? ""],
        (await breakdowns()).countries.map((row) => [
          countryName.of(row.countryCode) ?? row.countryCode,
          row.missions,
          row.delegations,
        ]),
      );
    }
    case "destinations": {
      const countryName = new Intl.DisplayNames([locale], { type: "region" });
      return csv(
        [label("coverage.destination"), label("country"), figures[0] ?? "", figures[1] ?? ""],
        (await breakdowns()).destinations.map((row) => [
          row.city,
          countryName.of(row.countryCode) ?? row.countryCode,
          row.missions,
          row.delegations,
        ]),
      );
    }
    case "objectives":
      return csv(
        [label("objective"), figures[0] ?? "", figures[2] ?? ""],
        (await breakdowns()).objectives.map((row) => [name(row), row.missions, row.events]),
      );
    case "costsByPayer":
    case "costsByDestination": {
      const { costs } = await getYearMissionWork(year);
      const amounts = (row: { missions: number; plannedCents: number; actualCents: number }) => [
        row.missions,
        euros(row.plannedCents),
        euros(row.actualCents),
      ];
      const header = [label("costs.missions"), `${label("costs.planned")} (EUR)`, `${label("costs.actual")} (EUR)`];
      const total = [label("costs.total"), ...amounts(costs.total)];
      if (table === "costsByPayer")
        return csv(
          [label("costs.payer"), ...header],
          [...costs.byPayer.map((row) => [row.name ?? label("costs.metropole"), ...amounts(row)]), total],
        );
      const countryName = new Intl.DisplayNames([locale], { type: "region" });
      return csv(
        [label("costs.destination"), label("country"), ...header],
        costs.byDestination.map((row) => [
          row.city,
          countryName.of(row.countryCode) ?? row.countryCode,
          ...amounts(row),
        ]),
      );
    }
    case "results": {
      const { results } = await getYearMissionWork(year);
      const countryName = new Intl.DisplayNames([locale], { type: "region" });
      const values = (row: Results) => [
        row.missions,
        row.leads,
        row.projectsLanded,
        row.jobsAnnounced,
        euros(row.costCents),
        row.costPerProjectCents === null ? "" : euros(row.costPerProjectCents),
      ];
      return csv(
        [
          label("results.destination"),
          label("country"),
          label("results.missions"),
          label("results.figures.leads"),
          label("results.figures.projectsLanded"),
          label("results.figures.jobsAnnounced"),
          `${label("results.cost")} (EUR)`,
          `${label("results.figures.costPerProjectCents")} (EUR)`,
        ],
        [
          ...results.byDestination.map((row) => [
            row.city,
            countryName.of(row.countryCode) ?? row.countryCode,
            ...values(row),
          ]),
          [label("results.allDestinations"), "", ...values(results.total)],
        ],
      );
    }
    case "coverage": {
      const coverage = await getPriorityCoverage(year);
      if (!coverage) return csv([label("coverage.destination")], []);
      const years = coverage.rows[0]?.cells.map((cell) => cell.year) ?? [];
      return csv(
        [
          label("coverage.destination"),
          ...years.flatMap((column) => [`${column} M`, `${column} D`, `${column} A`, `${column} J`]),
        ],
        coverage.rows.map((row) => [
          `${row.city} (${row.countryCode})`,
          ...row.cells.flatMap((cell) => [cell.missions, cell.delegations, cell.agreements, cell.jointActions]),
        ]),
      );
    }
  }
}

import { getTranslations } from "next-intl/server";
import type { PriorityCoverage } from "@/lib/dashboard/coverage";

/**
 * Destinations × years of the period. A cell reads "M 1 · D 2 · A 1 · J 3" (missions, delegations,
 * agreements, partners' joint actions); a destination-year with no action says so in words and is
 * hatched, not only coloured.
 */
export async function PriorityCoverageMatrix({ coverage, year }: { coverage: PriorityCoverage; year: number }) {
  const t = await getTranslations("dashboard.coverage");
  if (!coverage)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-6 text-slate-600">
        {t("noPeriod", { year })}
      </p>
    );
  const years = Array.from(
    { length: coverage.endYear - coverage.startYear + 1 },
    (_, index) => coverage.startYear + index,
  );
  const uncovered = coverage.rows.filter((row) =>
    row.cells.find(
      (cell) => cell.year === year && cell.missions + cell.delegations + cell.agreements + cell.jointActions === 0,
    ),
  ).length;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        {t("summary", { period: coverage.periodLabel, count: coverage.rows.length, uncovered, year })}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption", { period: coverage.periodLabel })}</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("destination")}
              </th>
              {years.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className={`px-3 py-2 font-medium ${column === year ? "bg-brand-100" : ""}`}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {coverage.rows.map((row) => (
              <tr key={row.destinationId}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal">
                  {row.city} ({row.countryCode})
                </th>
                {row.cells.map((cell) => {
                  const isEmpty = cell.missions + cell.delegations + cell.agreements + cell.jointActions === 0;
                  return (
                    <td
                      key={cell.year}
                      className={`whitespace-nowrap px-3 py-2 text-xs ${isEmpty ? "bg-[repeating-linear-gradient(45deg,#fef3c7,#fef3c7_4px,#fff_4px,#fff_8px)] text-amber-900" : ""}`}
                    >
                      {isEmpty
                        ? t("none")
                        : t("cell", {
                            missions: cell.missions,
                            delegations: cell.delegations,
                            agreements: cell.agreements,
                            jointActions: cell.jointActions,
                          })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600">{t("legend")}</p>
    </div>
  );
}

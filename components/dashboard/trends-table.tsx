import { getTranslations } from "next-intl/server";
import { figureNames } from "@/lib/dashboard/figures";
import type { YearFigures } from "@/lib/dashboard/year-figures";

/**
 * Each key figure over the recorded years, as a table whose cells carry a proportional bar: the
 * published figures of closed years (marked), with today's count beside where it differs.
 */
export async function TrendsTable({ series, selectedYear }: { series: YearFigures[]; selectedYear: number }) {
  const t = await getTranslations("dashboard");
  const maxima = Object.fromEntries(
    figureNames.map((figure) => [figure, Math.max(1, ...series.map((row) => row.shown[figure]))]),
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("trendsCaption")}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("year")}
            </th>
            {figureNames.map((figure) => (
              <th key={figure} scope="col" className="px-4 py-2 font-medium">
                {t(`figures.${figure}.short`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {series.map((row) => (
            <tr
              key={row.year}
              className={row.year === selectedYear ? "bg-brand-50 font-medium" : ""}
              aria-current={row.year === selectedYear ? "true" : undefined}
            >
              <th scope="row" className="px-4 py-2 text-left">
                {row.year}
                {row.published ? (
                  <span className="ml-1 text-xs font-normal text-slate-600">{t("closure.publishedMark")}</span>
                ) : null}
              </th>
              {figureNames.map((figure) => (
                // Kept lean: thirty years × four cells are rendered into every dashboard (decision 011).
                <td key={figure} className="whitespace-nowrap px-4 py-2 tabular-nums">
                  <span className="inline-block w-8 text-right">{row.shown[figure]}</span>
                  <span
                    aria-hidden="true"
                    className="ml-2 inline-block h-2 rounded bg-brand-600"
                    style={{ width: `${((row.shown[figure] / (maxima[figure] ?? 1)) * 6).toFixed(2)}rem` }}
                  />
                  {row.changed.includes(figure) ? (
                    <span className="ml-2 text-xs text-amber-900">
                      {t("closure.liveShort", { live: row.live[figure] })}
                    </span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { PartnerSummaryTable } from "@/lib/joint-actions/partner-summary";

/**
 * Per organisation: actions, contacts and investor leads of the filtered year (staff and managers),
 * the most active first; the others in one footer row.
 */
export async function PartnerSummaryPanel({
  summary,
  year,
}: {
  summary: PartnerSummaryTable;
  year: number | undefined;
}) {
  const [t, format] = await Promise.all([getTranslations("jointActions"), getFormatter()]);
  const { top: rows, others } = summary;
  if (rows.length === 0) return null;
  return (
    <section
      aria-labelledby="partner-summary"
      className="mb-6 overflow-x-auto rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="partner-summary" className="mb-3 text-lg font-medium">
        {t("summaryTitle")} · {year ? t("summaryYear", { year: String(year) }) : t("summaryAllYears")}
      </h2>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className="py-1 pr-4">
              {t("fields.partnerId")}
            </th>
            <th scope="col" className="py-1 pr-4 text-right">
              {t("summaryCount")}
            </th>
            <th scope="col" className="py-1 pr-4 text-right">
              {t("summaryContacts")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("summaryLeads")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.partnerId} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                <abbr title={row.partnerName}>{row.partnerShortName}</abbr>
              </th>
              <td className="py-1 pr-4 text-right">{format.number(row.count)}</td>
              <td className="py-1 pr-4 text-right">{format.number(row.contacts)}</td>
              <td className="py-1 text-right">{format.number(row.investorLeads)}</td>
            </tr>
          ))}
        </tbody>
        {others ? (
          <tfoot>
            <tr className="border-t border-slate-200 text-slate-700">
              <th scope="row" className="py-1 pr-4 text-left font-medium">
                {t("summaryOthers", { count: others.count })}
              </th>
              <td className="py-1 pr-4 text-right">{format.number(others.totals.count)}</td>
              <td className="py-1 pr-4 text-right">{format.number(others.totals.contacts)}</td>
              <td className="py-1 text-right">{format.number(others.totals.investorLeads)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  );
}

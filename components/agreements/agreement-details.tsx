import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DetailList } from "@/components/ui/detail-list";
import type { AgreementDetail } from "@/lib/agreements/queries";

/** An agreement's fields and its yearly themes, read-only. */
export async function AgreementDetails({ agreement }: { agreement: AgreementDetail }) {
  const [t, tRecords, format] = await Promise.all([
    getTranslations("agreements"),
    getTranslations("records"),
    getFormatter(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  return (
    <>
      <DetailList
        rows={[
          [t("kind"), t(`kinds.${agreement.kind}`)],
          [t("counterpart"), agreement.counterpart],
          [
            t("destination"),
            agreement.destinationRef.isArchived
              ? `${agreement.destination} (${tRecords("archived")})`
              : agreement.destination,
          ],
          [t("startDate"), day(agreement.startDate)],
          [t("endDate"), agreement.endDate ? day(agreement.endDate) : t("openEnded")],
          [t("isExclusive"), agreement.isExclusive ? tRecords("yes") : tRecords("no")],
          [
            t("mission"),
            agreement.mission ? (
              <Link href={`/missions/${agreement.mission.id}`} className="text-brand-700 underline">
                {agreement.mission.title}
              </Link>
            ) : (
              t("noMission")
            ),
          ],
          [
            t("notes"),
            agreement.notes ? <span className="whitespace-pre-line">{agreement.notes}</span> : tRecords("none"),
          ],
          [t("updatedAt"), format.dateTime(agreement.updatedAt, { dateStyle: "medium", timeStyle: "short" })],
        ]}
      />
      <section aria-labelledby="themes-title" className="mt-8 max-w-2xl">
        <h2 id="themes-title" className="mb-2 text-lg font-medium">
          {t("themes")}
        </h2>
        {agreement.themes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noThemes")}</p>
        ) : (
          <table className="min-w-full divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            <caption className="sr-only">{t("themes")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("themeYear")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("themeText")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {agreement.themes.map((row) => (
                <tr key={row.year}>
                  <th scope="row" className="px-4 py-2 text-left font-medium">
                    {row.year}
                  </th>
                  <td className="px-4 py-2">{row.theme}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

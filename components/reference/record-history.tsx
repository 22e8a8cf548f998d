import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { History, HistoryKind } from "@/lib/reference/history";

const listOf: Record<HistoryKind, string> = {
  missions: "/missions",
  delegations: "/delegations",
  events: "/events",
  jointActions: "/joint-actions",
};

/**
 * Year by year, what a partner or a destination took part in; each count opens its list with the
 * same filter (`filter`: "partner" or "destination") and year, where the same records are.
 */
export async function RecordHistory({
  history,
  filter,
  id,
}: {
  history: History;
  filter: "partner" | "destination";
  id: string;
}) {
  const [t, format] = await Promise.all([getTranslations("reference.history"), getFormatter()]);
  const cellClass = "px-3 py-2 text-right tabular-nums";
  return (
    <section aria-labelledby="record-history" className="mt-8">
      <h2 id="record-history" className="mb-3 text-lg font-medium">
        {t("title")}
      </h2>
      {history.years.length === 0 ? (
        <p className="text-slate-600">{t(`empty.${filter}`)}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t("year")}
                </th>
                {history.kinds.map((kind) => (
                  <th key={kind} scope="col" className="px-3 py-2 text-right font-medium">
                    {t(`kinds.${kind}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {history.years.map(({ year, counts }) => (
                <tr key={year}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {year}
                  </th>
                  {history.kinds.map((kind) => {
                    const count = counts[kind] ?? 0;
                    return (
                      <td key={kind} className={cellClass}>
                        {count === 0 ? (
                          <span className="text-slate-400">0</span>
                        ) : (
                          <Link
                            href={`${listOf[kind]}?${filter}=${id}&year=${year}`}
                            aria-label={t("open", { count, kind: t(`kinds.${kind}`), year })}
                            className="text-brand-700 underline"
                          >
                            {format.number(count)}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

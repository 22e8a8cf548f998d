import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { recordsHref, yearOverYear } from "@/lib/dashboard/definitions";
import type { FigureName } from "@/lib/dashboard/figures";

/** `value`: what the dashboard shows (published for a closed year); `live`: counted from the records now. */
type Props = { figure: FigureName; year: number; value: number; previous: number | undefined; live: number };

/**
 * One key figure: the number, its change against last year, its definition and its records. When
 * the live count differs from the shown (published) one, it stands beside it, and the link to the
 * records names the count it opens: the list shows the records as they are now.
 */
export async function KeyFigureCard({ figure, year, value, previous, live }: Props) {
  const t = await getTranslations("dashboard");
  const change = yearOverYear(value, previous);
  const direction = !change ? null : change.delta > 0 ? "up" : change.delta < 0 ? "down" : "same";
  return (
    <article
      aria-labelledby={`${figure}-label`}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5"
      data-figure={figure}
    >
      <p className="text-4xl font-semibold tabular-nums text-brand-900" data-testid={`figure-${figure}`}>
        {value}
      </p>
      {live !== value ? (
        <p className="text-sm font-medium text-amber-900" data-testid={`live-${figure}`}>
          {t("closure.liveValue", { live })}
        </p>
      ) : null}
      <h2 id={`${figure}-label`} className="font-medium text-slate-900">
        {t(`figures.${figure}.label`)}
      </h2>
      {change ? (
        <p className="text-sm text-slate-700">
          {/* The arrow and the words carry the meaning; colour only repeats it. */}
          <span
            aria-hidden="true"
            className={direction === "up" ? "text-emerald-700" : direction === "down" ? "text-red-700" : ""}
          >
            {direction === "up" ? "▲ " : direction === "down" ? "▼ " : "= "}
          </span>
          {t(`change.${direction ?? "same"}`, {
            delta: Math.abs(change.delta),
            previousYear: year - 1,
            percent: change.percent ?? 0,
            hasPercent: change.percent === null ? "no" : "yes",
          })}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("change.none")}</p>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 underline-offset-2 hover:underline">
          {t("definition")}
        </summary>
        <p className="mt-1 text-slate-700">{t(`figures.${figure}.definition`, { year })}</p>
      </details>
      <Link
        href={recordsHref(figure, year)}
        className="mt-auto text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {live === value ? t("seeRecords", { count: live }) : t("seeRecordsToday", { count: live })}
      </Link>
    </article>
  );
}

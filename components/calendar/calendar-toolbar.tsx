import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { selectClassName } from "@/components/ui/form-field";
import { calendarKinds, type CalendarParams } from "@/lib/calendar/list-params";
import { OptionPickerField } from "@/components/option-picker/option-picker-field";
import type { PickerOption } from "@/lib/records/option-query";
import type { Option } from "@/lib/reference/options";
import { shiftMonth } from "@/lib/calendar/days";

/** `partnerFilter` is null for partner users (their own organisation only); `selected` is the partner the URL names. */
type Props = {
  params: CalendarParams;
  sectors: Option[];
  partnerFilter: { selected: PickerOption | null } | null;
  periodLabel: string;
  /** Today's Paris day, for "today". */
  today: string;
  /** The years the "go to" form offers: those with records and the current one. */
  years: number[];
};

function query(params: CalendarParams, changes: Partial<CalendarParams>): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams();
  search.set("view", merged.view);
  if (merged.view === "month") search.set("month", merged.month);
  else search.set("year", String(merged.year));
  for (const key of ["kind", "sector", "partner"] as const) if (merged[key]) search.set(key, String(merged[key]));
  return `?${search.toString()}`;
}

/** Period navigation, view switch and filters. A plain GET form: works with the keyboard and without scripts. */
export async function CalendarToolbar({ params, sectors, partnerFilter, periodLabel, today, years }: Props) {
  const [t, format] = await Promise.all([getTranslations("calendar"), getFormatter()]);
  const isMonth = params.view === "month";
  const previous = isMonth ? { month: shiftMonth(params.month, -1) } : { year: params.year - 1 };
  const next = isMonth ? { month: shiftMonth(params.month, 1) } : { year: params.year + 1 };
  const current = isMonth ? { month: today.slice(0, 7) } : { year: Number(today.slice(0, 4)) };
  const isCurrent = isMonth ? params.month === current.month : params.year === current.year;
  const monthNumbers = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, "0"));
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";
  const viewClass = (isCurrent: boolean) =>
    `rounded-md border px-3 py-1.5 text-sm ${isCurrent ? "border-brand-600 bg-brand-600 text-white hover:bg-brand-700" : "border-slate-300 bg-white hover:bg-slate-100"}`;
  return (
    <div className="mb-4 flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={query(params, previous)} className={linkClass}>
          {isMonth ? t("previousMonth") : t("previousYear")}
        </Link>
        <h2 className="min-w-40 text-center text-lg font-medium capitalize">{periodLabel}</h2>
        <Link href={query(params, next)} className={linkClass}>
          {isMonth ? t("nextMonth") : t("nextYear")}
        </Link>
        <Link
          href={query(params, current)}
          aria-current={isCurrent ? "date" : undefined}
          className={`${linkClass} aria-[current=date]:font-medium`}
        >
          {t("today")}
        </Link>
        <nav aria-label={t("views")} className="ml-auto flex gap-1">
          <Link
            href={query(params, { view: "month" })}
            aria-current={isMonth ? "page" : undefined}
            className={viewClass(isMonth)}
          >
            {t("month")}
          </Link>
          <Link
            href={query(params, { view: "timeline" })}
            aria-current={isMonth ? undefined : "page"}
            className={viewClass(!isMonth)}
          >
            {t("timeline")}
          </Link>
        </nav>
      </div>
      {/* Any month or year in two choices, not a hundred clicks on "previous". */}
      <form method="get" aria-label={t("goTo")} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="view" value={params.view} />
        {(["kind", "sector", "partner"] as const).map((key) =>
          params[key] ? <input key={key} type="hidden" name={key} value={params[key]} /> : null,
        )}
        {isMonth ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("month")}
            <select name="m" defaultValue={params.month.slice(5, 7)} className={selectClassName}>
              {monthNumbers.map((number) => (
                <option key={number} value={number}>
                  {format.dateTime(new Date(`2000-${number}-15T12:00:00Z`), { month: "long" })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("year")}
          <select
            name="year"
            defaultValue={isMonth ? Number(params.month.slice(0, 4)) : params.year}
            className={selectClassName}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={linkClass}>
          {t("go")}
        </button>
      </form>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="view" value={params.view} />
        <input type="hidden" name={isMonth ? "month" : "year"} value={isMonth ? params.month : params.year} />
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("kind")}
          <select name="kind" defaultValue={params.kind ?? ""} className={selectClassName}>
            <option value="">{t("allKinds")}</option>
            {calendarKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {/* A long sector name keeps within a phone's width. */}
        <label className="flex max-w-full flex-col gap-1 text-sm font-medium">
          {t("sector")}
          <select name="sector" defaultValue={params.sector ?? ""} className={`${selectClassName} max-w-full`}>
            <option value="">{t("all")}</option>
            {sectors.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {sector.label}
              </option>
            ))}
          </select>
        </label>
        {partnerFilter ? (
          // A searchable picker, not a select of every partner (docs/decisions/011-benchmark.md); its hidden input goes with the form.
          <OptionPickerField
            label={t("partner")}
            name="partner"
            kind="partners"
            initial={partnerFilter.selected}
            placeholder={t("all")}
          />
        ) : null}
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("apply")}
        </button>
      </form>
    </div>
  );
}

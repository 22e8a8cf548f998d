import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { selectClassName } from "@/components/ui/form-field";

type Props = {
  year: number;
  years: number[];
  /** The page the links and the form go to, with `?year=` added. */
  path: string;
  /** The current year, offered as a link when another one is shown. */
  currentYear?: number;
};

/** Previous/next links, a year select and "this year"; a plain GET form, so each year has its own URL. */
export async function YearPicker({ year, years, path, currentYear }: Props) {
  const t = await getTranslations("yearPicker");
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100";
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Link href={`${path}?year=${year - 1}`} className={linkClass} aria-label={t("previousYear", { year: year - 1 })}>
        ← {year - 1}
      </Link>
      <form method="get" action={path} className="flex items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("year")}
          <select name="year" defaultValue={year} className={selectClassName}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("show")}
        </button>
      </form>
      <Link href={`${path}?year=${year + 1}`} className={linkClass} aria-label={t("nextYear", { year: year + 1 })}>
        {year + 1} →
      </Link>
      {currentYear !== undefined && currentYear !== year ? (
        <Link href={`${path}?year=${currentYear}`} className={linkClass}>
          {t("thisYear", { year: currentYear })}
        </Link>
      ) : null}
    </div>
  );
}

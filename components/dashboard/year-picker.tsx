import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { selectClassName } from "@/components/ui/form-field";

/** Previous/next links and a year select; a plain GET form, so each year has its own URL. */
export async function YearPicker({ year, years }: { year: number; years: number[] }) {
  const t = await getTranslations("dashboard");
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100";
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Link
        href={`/dashboard?year=${year - 1}`}
        className={linkClass}
        aria-label={t("previousYear", { year: year - 1 })}
      >
        ← {year - 1}
      </Link>
      <form method="get" className="flex items-end gap-2">
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
      <Link href={`/dashboard?year=${year + 1}`} className={linkClass} aria-label={t("nextYear", { year: year + 1 })}>
        {year + 1} →
      </Link>
    </div>
  );
}

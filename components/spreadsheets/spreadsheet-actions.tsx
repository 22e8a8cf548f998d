import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buildListQuery, type ListQueryState } from "@/lib/list-query";

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600";

/**
 * Above a list: download it as CSV or Excel with its current search, filters and sort (every page
 * of it), and, for those who may, the way to the import page. `parts`: the same for the parts of
 * the listed records (the missions' travellers or cost lines), in their own words.
 */
export async function SpreadsheetActions({
  path,
  params,
  importHref,
  parts,
}: {
  path: string;
  params: ListQueryState;
  importHref?: string | null;
  parts?: "missionTravellers" | "missionCosts";
}) {
  const t = await getTranslations("spreadsheets");
  const words = parts ? (`parts.${parts}` as const) : ("export" as const);
  // The export walks every page itself: the page and page size of the screen do not apply.
  const query = new URLSearchParams(buildListQuery(params, { page: undefined, pageSize: undefined }).slice(1));
  const href = (format: "csv" | "xlsx") => {
    const withFormat = new URLSearchParams(query);
    withFormat.set("format", format);
    return `${path}/export?${withFormat.toString()}`;
  };
  return (
    <div className="mb-3 flex flex-wrap items-center justify-end gap-2">
      <div role="group" aria-label={t(`${words}.label`)} className="flex items-center gap-2">
        <span aria-hidden="true" className="text-sm text-slate-600">
          {t(`${words}.label`)}
        </span>
        <a href={href("csv")} download className={linkClass} aria-label={t(`${words}.csvLabel`)}>
          {t("export.csv")}
        </a>
        <a href={href("xlsx")} download className={linkClass} aria-label={t(`${words}.xlsxLabel`)}>
          {t("export.xlsx")}
        </a>
      </div>
      {importHref ? (
        <Link href={importHref} className={linkClass}>
          {parts ? t(`parts.${parts}.importLink`) : t("importLink")}
        </Link>
      ) : null}
    </div>
  );
}

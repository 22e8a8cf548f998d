"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buildClearedListQuery, hasActiveFilters } from "@/lib/list-query";
import { useDataTableNavigation } from "./data-table-context";

/** The only row of a list with no result; offers to clear the search and filters if any. */
export function DataTableEmptyRow({ columnCount }: { columnCount: number }) {
  const t = useTranslations("dataTable");
  const { params, pathname } = useDataTableNavigation();
  const isFiltered = hasActiveFilters(params);
  return (
    <tr>
      <td colSpan={columnCount} className="px-4 py-12 text-center">
        <p className="font-medium text-slate-900">{t("noResults")}</p>
        {isFiltered ? (
          <>
            <p className="mt-1 text-slate-600">{t("noResultsHint")}</p>
            <Link
              href={`${pathname}${buildClearedListQuery(params)}`}
              replace
              scroll={false}
              className="mt-3 inline-block font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("clearFilters")}
            </Link>
          </>
        ) : null}
      </td>
    </tr>
  );
}

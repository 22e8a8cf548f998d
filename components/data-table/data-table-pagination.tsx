"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { ReactTable, RowData } from "@tanstack/react-table";
import { pageCount, pageRange, pageSizes } from "@/lib/list-query";
import type { DataTableFeatures } from "./features";

const buttonClass =
  "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-medium text-slate-700 " +
  "hover:bg-brand-50 hover:text-brand-900 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 " +
  "aria-disabled:hover:bg-white aria-disabled:hover:text-slate-700";

/** "1–25 sur 132", the page size and previous/next; state and moves come from the table. */
export function DataTablePagination<TData extends RowData>({ table }: { table: ReactTable<DataTableFeatures, TData> }) {
  const t = useTranslations("dataTable");
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const { from, to } = pageRange({ page: pageIndex + 1, pageSize }, total);
  const canPrevious = table.getCanPreviousPage();
  const canNext = table.getCanNextPage();
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-700">
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId}>{t("rowsPerPage")}</label>
        <select
          key={pageSize}
          id={sizeId}
          defaultValue={pageSize}
          onChange={(event) => table.setPageSize(Number(event.currentTarget.value))}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-slate-900"
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      {/* Announced after every move, so a screen reader hears where the list now stands. */}
      <p role="status" className="tabular-nums">
        {t("range", { from, to, total })}
      </p>
      <nav aria-label={t("pagination")} className="flex items-center gap-2">
        {/* aria-disabled rather than disabled: a button that becomes disabled under the keyboard
            focus would drop the focus to the top of the page. */}
        <button
          type="button"
          aria-disabled={!canPrevious}
          onClick={() => canPrevious && table.previousPage()}
          className={buttonClass}
        >
          <span aria-hidden="true">←</span>
          <span className="sr-only sm:not-sr-only">{t("previousPage")}</span>
        </button>
        <span className="tabular-nums">
          {t("pageOf", { page: pageIndex + 1, pageCount: pageCount(total, pageSize) })}
        </span>
        <button
          type="button"
          aria-disabled={!canNext}
          onClick={() => canNext && table.nextPage()}
          className={buttonClass}
        >
          <span className="sr-only sm:not-sr-only">{t("nextPage")}</span>
          <span aria-hidden="true">→</span>
        </button>
      </nav>
    </div>
  );
}

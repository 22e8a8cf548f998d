"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  FlexRender,
  functionalUpdate,
  useTable,
  type PaginationState,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { buildClearedListQuery, hasActiveFilters, type ListParams, type ListQueryState } from "@/lib/list-query";
import { DataTableColumnHeader } from "./data-table-column-header";
import { DataTableProvider, useDataTableNavigation } from "./data-table-context";
import { DataTableEmptyRow } from "./data-table-empty-row";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableSearch, type DataTableSearchProps } from "./data-table-search";
import { dataTableFeatures, type DataTableColumn } from "./features";

export type DataTableProps<TData extends RowData> = {
  /** Names the table for assistive technology (rendered as a visually hidden `<caption>`). */
  caption: string;
  /** From the area's `<area>-columns.tsx`; must be stable (module constant or memo). */
  columns: ReadonlyArray<DataTableColumn<TData>>;
  /** The current page of rows, already filtered, sorted and paged by the server. */
  data: ReadonlyArray<TData>;
  /** How many rows match the search and filters, all pages together. */
  total: number;
  /** The parsed list params of the page, area filters included (`parseListParams` output). */
  params: ListParams & ListQueryState;
  getRowId: (row: TData) => string;
  /** Area filters for the toolbar, e.g. `<DataTableFilterSelect>`s. */
  filters?: React.ReactNode;
  /** Options of the search box, or `false` for a list without search. */
  search?: DataTableSearchProps | false;
};

/**
 * The one table of the app. Headless TanStack Table for sorting and paging state; the data itself
 * is sorted, filtered and paged by the server page that renders this, from the URL.
 */
export function DataTable<TData extends RowData>({ params, filters, search = {}, ...table }: DataTableProps<TData>) {
  return (
    <DataTableProvider params={params}>
      <div className="rounded-lg border border-slate-200 bg-white">
        {search || filters ? (
          <div className="flex flex-wrap items-end gap-x-4 gap-y-3 border-b border-slate-200 p-4">
            {search ? <DataTableSearch {...search} /> : null}
            {filters}
            <ClearFiltersLink />
          </div>
        ) : null}
        <DataTableGrid params={params} {...table} />
      </div>
    </DataTableProvider>
  );
}

function DataTableGrid<TData extends RowData>({
  caption,
  columns,
  data,
  total,
  params,
  getRowId,
}: Omit<DataTableProps<TData>, "filters" | "search">) {
  const { navigate, isPending } = useDataTableNavigation();
  const sorting = useMemo<SortingState>(
    () => [{ id: params.sort, desc: params.direction === "desc" }],
    [params.sort, params.direction],
  );
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: params.page - 1, pageSize: params.pageSize }),
    [params.page, params.pageSize],
  );
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting, pagination },
    rowCount: total,
    // The server owns every processing stage: these flags only stop TanStack from redoing it.
    manualSorting: true,
    manualPagination: true,
    autoResetPageIndex: false,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    // Sorting is opt-in per column (`enableSorting: true`), matching the area's sortable list.
    defaultColumn: { enableSorting: false },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      navigate({ sort: next?.id, direction: next ? (next.desc ? "desc" : "asc") : undefined });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      navigate(next.pageSize !== pagination.pageSize ? { pageSize: next.pageSize } : { page: next.pageIndex + 1 });
    },
  });
  const rows = table.getRowModel().rows;
  return (
    <>
      {/* Scrolls sideways inside the card on narrow screens; focusable so the keyboard can scroll it.
          contain:inline-size keeps a wide table from widening the page around it. */}
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        aria-busy={isPending}
        className={`overflow-x-auto [contain:inline-size] transition-opacity ${isPending ? "opacity-60" : ""}`}
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => (
                  <DataTableColumnHeader key={header.id} header={header} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {total === 0 || rows.length === 0 ? (
              <DataTableEmptyRow columnCount={table.getAllLeafColumns().length} />
            ) : (
              rows.map((row) => (
                <tr key={row.id}>
                  {row.getAllCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const className = `px-4 py-3 ${meta?.className ?? ""}`;
                    return meta?.isRowHeader ? (
                      <th key={cell.id} scope="row" className={`text-left font-medium text-slate-900 ${className}`}>
                        <FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id} className={className}>
                        <FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {total > 0 ? <DataTablePagination table={table} /> : null}
    </>
  );
}

/** Shown in the toolbar while a search or filter narrows the list. */
function ClearFiltersLink() {
  const t = useTranslations("dataTable");
  const { params, pathname } = useDataTableNavigation();
  if (!hasActiveFilters(params)) return null;
  return (
    <Link
      href={`${pathname}${buildClearedListQuery(params)}`}
      replace
      scroll={false}
      className="py-2 text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
    >
      {t("clearFilters")}
    </Link>
  );
}

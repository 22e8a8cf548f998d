"use client";

import { FlexRender, type Header, type RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { DataTableFeatures } from "./features";
import { SortIcon } from "./sort-icon";

const ariaSort = { asc: "ascending", desc: "descending" } as const;

/** A `<th scope="col">`; sortable columns get a button, and the sorted one `aria-sort`. */
export function DataTableColumnHeader<TData extends RowData>({
  header,
}: {
  header: Header<DataTableFeatures, TData, unknown>;
}) {
  const t = useTranslations("dataTable");
  const { column } = header;
  const sorted = column.getIsSorted();
  const className = `px-4 py-3 font-medium ${column.columnDef.meta?.className ?? ""}`;
  if (header.isPlaceholder) return <th scope="col" className={className} />;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={className}>
        <FlexRender header={header} />
      </th>
    );
  }
  const label = typeof column.columnDef.header === "string" ? column.columnDef.header : column.id;
  const next = column.getNextSortingOrder() || "asc";
  return (
    <th scope="col" aria-sort={sorted ? ariaSort[sorted] : undefined} className={className}>
      <button
        type="button"
        onClick={() => column.toggleSorting()}
        title={t(next === "desc" ? "sortDescending" : "sortAscending", { column: label })}
        className={`-mx-1 inline-flex items-center gap-1 rounded px-1 font-medium hover:text-brand-700 ${
          sorted ? "text-brand-900" : ""
        }`}
      >
        <FlexRender header={header} />
        <SortIcon direction={sorted} />
      </button>
    </th>
  );
}

import {
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

/** Per-column presentation hints read by the generic table. */
export type DataTableColumnMeta = {
  /** Render this column's cells as row headers (`<th scope="row">`), usually the record's name. */
  isRowHeader?: boolean;
  /** Extra classes for the column's header and cells, e.g. "text-right whitespace-nowrap". */
  className?: string;
};

// Sorting and pagination state only: no sorted or paginated row model is registered because the
// server sorts and pages (docs/decisions/006-data-table.md). Module scope keeps the object stable.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** The column helper every `<area>-columns.tsx` uses, typed against the table's features. */
export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}

// Columns of different value types live in one array; TanStack's own `helper.columns()` types
// them the same way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

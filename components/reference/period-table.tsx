"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { PeriodListParams } from "@/lib/reference/periods/list-params";
import type { PeriodRow } from "@/lib/reference/periods/queries";
import { ArchivedFilter } from "./archived-filter";

const column = createDataTableColumnHelper<PeriodRow>();
const getPeriodId = (period: PeriodRow) => period.id;

/** The priority periods list; sortable columns match lib/reference/periods/list-params.ts. */
export function PeriodTable({ rows, total, params }: { rows: PeriodRow[]; total: number; params: PeriodListParams }) {
  const t = useTranslations("reference.periods");
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor("label", {
          header: t("label"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => (
            <Link
              href={`/admin/reference/periods/${cell.row.original.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {cell.getValue()}
            </Link>
          ),
        }),
        column.accessor("startYear", {
          header: t("years"),
          enableSorting: true,
          cell: (cell) => `${cell.getValue()}–${cell.row.original.endYear}`,
        }),
        column.accessor("destinationCount", { header: t("destinationCount") }),
      ]),
    [t],
  );
  return (
    <DataTable
      caption={t("title")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getPeriodId}
      search={{ placeholder: t("searchPlaceholder") }}
      filters={<ArchivedFilter />}
    />
  );
}

"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { ArchivedFilter, RecordTable } from "@/components/records/record-table";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { PeriodListParams } from "@/lib/reference/periods/list-params";
import type { PeriodRow } from "@/lib/reference/periods/queries";

const column = createDataTableColumnHelper<PeriodRow>();

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
            <RecordLink href={`/admin/reference/periods/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>
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
    <RecordTable
      caption={t("title")}
      search={{ placeholder: t("searchPlaceholder") }}
      columns={columns}
      rows={rows}
      total={total}
      params={params}
    >
      <ArchivedFilter />
    </RecordTable>
  );
}

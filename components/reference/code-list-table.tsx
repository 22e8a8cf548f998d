"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { ArchivedFilter, RecordTable } from "@/components/records/record-table";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { CodeListParams } from "@/lib/reference/code-lists/list-params";
import type { CodeListRow } from "@/lib/reference/code-lists/queries";

const column = createDataTableColumnHelper<CodeListRow>();

/** The sectors or objectives list; sortable columns match lib/reference/code-lists/list-params.ts. */
export function CodeListTable({
  basePath,
  caption,
  rows,
  total,
  params,
}: {
  basePath: string;
  caption: string;
  rows: CodeListRow[];
  total: number;
  params: CodeListParams;
}) {
  const t = useTranslations("reference.codeLists");
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor("code", {
          header: t("fields.code"),
          enableSorting: true,
          meta: { isRowHeader: true, className: "whitespace-nowrap" },
          cell: (cell) => <RecordLink href={`${basePath}/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("nameFr", { header: t("fields.nameFr"), enableSorting: true }),
        column.accessor("nameEn", { header: t("fields.nameEn"), enableSorting: true }),
      ]),
    [t, basePath],
  );
  return (
    <RecordTable
      caption={caption}
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

"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { CodeListParams } from "@/lib/reference/code-lists/list-params";
import type { CodeListRow } from "@/lib/reference/code-lists/queries";
import { ArchivedFilter } from "./archived-filter";

const column = createDataTableColumnHelper<CodeListRow>();
const getEntryId = (entry: CodeListRow) => entry.id;

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
          cell: (cell) => (
            <Link
              href={`${basePath}/${cell.row.original.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {cell.getValue()}
            </Link>
          ),
        }),
        column.accessor("nameFr", { header: t("fields.nameFr"), enableSorting: true }),
        column.accessor("nameEn", { header: t("fields.nameEn"), enableSorting: true }),
      ]),
    [t, basePath],
  );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getEntryId}
      search={{ placeholder: t("searchPlaceholder") }}
      filters={<ArchivedFilter />}
    />
  );
}

"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { TownRow } from "@/lib/towns/queries";

const column = createDataTableColumnHelper<TownRow>();

/** The towns list's columns; sortable ones match `sortable` in lib/towns/list-params.ts. */
export function useTownColumns() {
  const t = useTranslations("towns");
  const format = useFormatter();
  return useMemo(
    () =>
      column.columns([
        column.accessor("name", {
          header: t("fields.name"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/towns/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("inseeCode", {
          header: t("fields.inseeCode"),
          enableSorting: true,
          cell: (cell) => cell.getValue() ?? "—",
        }),
        column.accessor("connectedOn", {
          header: t("fields.connectedOn"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => {
            const value = cell.getValue();
            return value ? format.dateTime(value, { dateStyle: "medium" }) : t("notConnected");
          },
        }),
      ]),
    [t, format],
  );
}

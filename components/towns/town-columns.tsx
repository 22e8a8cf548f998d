"use client";

import Link from "next/link";
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
          cell: (cell) => (
            <Link
              href={`/towns/${cell.row.original.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {cell.getValue()}
            </Link>
          ),
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

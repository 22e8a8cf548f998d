"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { AgreementRow } from "@/lib/agreements/queries";

const column = createDataTableColumnHelper<AgreementRow>();

/** The agreements list's columns; sortable ones match `sortable` in lib/agreements/list-params.ts. */
export function useAgreementColumns() {
  const t = useTranslations("agreements");
  const format = useFormatter();
  return useMemo(
    () =>
      column.columns([
        column.accessor("title", {
          header: t("title"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/agreements/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("kind", {
          header: t("kind"),
          enableSorting: true,
          cell: (cell) => t(`kinds.${cell.getValue()}`),
        }),
        column.accessor("counterpart", { header: t("counterpart"), enableSorting: true }),
        column.accessor("destination", {
          header: t("destination"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
        }),
        column.accessor("startDate", {
          header: t("startDate"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => format.dateTime(cell.getValue(), { dateStyle: "medium" }),
        }),
        column.accessor("endDate", {
          header: t("endDate"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => {
            const value = cell.getValue();
            return value ? format.dateTime(value, { dateStyle: "medium" }) : t("openEnded");
          },
        }),
        column.accessor("isExclusive", {
          header: t("exclusive"),
          cell: (cell) => (cell.getValue() ? t("exclusiveYes") : "—"),
        }),
      ]),
    [t, format],
  );
}

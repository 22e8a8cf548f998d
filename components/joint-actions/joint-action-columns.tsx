"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { JointActionRow } from "@/lib/joint-actions/queries";

const column = createDataTableColumnHelper<JointActionRow>();

/** The joint-actions list's columns; sortable ones match `sortable` in lib/joint-actions/list-params.ts. */
export function useJointActionColumns() {
  const t = useTranslations("jointActions");
  const tRecords = useTranslations("records");
  const format = useFormatter();
  return useMemo(
    () =>
      column.columns([
        column.accessor("title", {
          header: t("fields.title"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/joint-actions/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("date", {
          header: t("fields.date"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => format.dateTime(cell.getValue(), { dateStyle: "medium" }),
        }),
        column.accessor("kind", {
          header: t("fields.kind"),
          enableSorting: true,
          cell: (cell) => (
            <>
              {t(`kinds.${cell.getValue()}`)}
              {cell.row.original.archivedAt ? (
                <span className="ml-2 text-xs text-slate-600">({tRecords("archived")})</span>
              ) : null}
            </>
          ),
        }),
        column.accessor("partnerShortName", {
          header: t("fields.partnerId"),
          cell: (cell) => <abbr title={cell.row.original.partnerName}>{cell.getValue()}</abbr>,
        }),
        column.accessor("contactsCount", {
          header: t("fields.contactsCount"),
          meta: { className: "text-right" },
          cell: (cell) => format.number(cell.getValue()),
        }),
        column.accessor("investorLeadsCount", {
          header: t("fields.investorLeadsCount"),
          meta: { className: "text-right" },
          cell: (cell) => format.number(cell.getValue()),
        }),
      ]),
    [t, tRecords, format],
  );
}

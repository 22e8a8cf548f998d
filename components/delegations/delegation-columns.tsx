"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { DelegationRow } from "@/lib/delegations/queries";
import { DelegationStatusBadge } from "./delegation-status-badge";

const column = createDataTableColumnHelper<DelegationRow>();

/** The delegations list's columns; sortable ones match `sortable` in lib/delegations/list-params.ts. */
export function useDelegationColumns() {
  const t = useTranslations("delegations");
  const format = useFormatter();
  return useMemo(
    () =>
      column.columns([
        column.accessor("title", {
          header: t("fields.title"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/delegations/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("origin", { header: t("fields.origin") }),
        column.accessor("arrivalAt", {
          header: t("fields.arrival"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => format.dateTime(cell.getValue(), { dateStyle: "medium", timeStyle: "short" }),
        }),
        column.accessor("size", {
          header: t("fields.size"),
          meta: { className: "text-right" },
          cell: (cell) => format.number(cell.getValue()),
        }),
        column.accessor("status", {
          header: t("fields.status"),
          enableSorting: true,
          cell: (cell) => (
            <DelegationStatusBadge status={cell.getValue()} isArchived={cell.row.original.archivedAt !== null} />
          ),
        }),
      ]),
    [t, format],
  );
}

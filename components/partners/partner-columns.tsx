"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { PartnerSummary } from "@/lib/partners/queries";

const column = createDataTableColumnHelper<PartnerSummary>();

/**
 * The partners list's columns. Sortable ones must match `sortable` in lib/partners/list-params.ts:
 * the server does the sorting.
 */
export function usePartnerColumns() {
  const t = useTranslations("partners");
  return useMemo(
    () =>
      column.columns([
        column.accessor("name", {
          header: t("fields.name"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/partners/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("shortName", {
          header: t("fields.shortName"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
        }),
        column.accessor("kind", {
          header: t("fields.kind"),
          enableSorting: true,
          cell: (cell) => t(`kinds.${cell.getValue()}`),
        }),
        column.accessor("isActive", {
          header: t("status"),
          cell: (cell) => (cell.getValue() ? t("active") : t("inactive")),
        }),
      ]),
    [t],
  );
}

"use client";

import Link from "next/link";
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
          cell: (cell) => (
            <Link
              href={`/partners/${cell.row.original.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {cell.getValue()}
            </Link>
          ),
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

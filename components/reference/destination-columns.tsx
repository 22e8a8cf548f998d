"use client";

import { RecordLink } from "@/components/records/record-link";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { DestinationRow } from "@/lib/reference/destinations/queries";
import { countryName } from "./country-name";

const column = createDataTableColumnHelper<DestinationRow>();

/** The destinations list's columns; sortable ones match lib/reference/destinations/list-params.ts. */
export function useDestinationColumns() {
  const t = useTranslations("reference.destinations");
  const locale = useAppLocale();
  return useMemo(
    () =>
      column.columns([
        column.accessor("city", {
          header: t("fields.city"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/destinations/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("countryCode", {
          header: t("country"),
          enableSorting: true,
          cell: (cell) => `${countryName(cell.getValue(), locale)} (${cell.getValue()})`,
        }),
        column.accessor("priorityPeriods", {
          header: t("priority"),
          cell: (cell) => (cell.getValue().length > 0 ? cell.getValue().join(", ") : "—"),
        }),
      ]),
    [t, locale],
  );
}

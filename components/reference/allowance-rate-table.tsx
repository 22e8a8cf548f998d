"use client";

import { useMemo } from "react";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { RecordLink } from "@/components/records/record-link";
import { ArchivedFilter, RecordTable } from "@/components/records/record-table";
import type { AllowanceRateListParams } from "@/lib/reference/allowance-rates/list-params";
import type { AllowanceRateRow } from "@/lib/reference/allowance-rates/queries";
import { countryName } from "./country-name";

const column = createDataTableColumnHelper<AllowanceRateRow>();

/** The daily allowance rates list; sortable columns match lib/reference/allowance-rates/list-params.ts. */
export function AllowanceRateTable({
  rows,
  total,
  params,
}: {
  rows: AllowanceRateRow[];
  total: number;
  params: AllowanceRateListParams;
}) {
  const t = useTranslations("reference.allowanceRates");
  const locale = useAppLocale();
  const format = useFormatter();
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor("countryCode", {
          header: t("fields.countryCode"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => (
            <RecordLink href={`/admin/reference/allowance-rates/${cell.row.original.id}`}>
              {`${countryName(cell.getValue(), locale)} (${cell.getValue()})`}
            </RecordLink>
          ),
        }),
        column.accessor("dailyCents", {
          header: t("fields.dailyCents"),
          enableSorting: true,
          cell: (cell) => format.number(cell.getValue() / 100, { style: "currency", currency: "EUR" }),
        }),
        column.accessor("validFrom", {
          header: t("validity"),
          enableSorting: true,
          cell: (cell) => {
            const from = format.dateTime(cell.getValue(), { dateStyle: "medium", timeZone: "UTC" });
            const until = cell.row.original.validUntil;
            return until
              ? t("fromUntil", { from, until: format.dateTime(until, { dateStyle: "medium", timeZone: "UTC" }) })
              : t("fromOnwards", { from });
          },
        }),
        column.accessor("source", { header: t("fields.source") }),
      ]),
    [t, locale, format],
  );
  return (
    <RecordTable
      caption={t("title")}
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

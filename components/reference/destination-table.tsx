"use client";

import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { DestinationListParams } from "@/lib/reference/destinations/list-params";
import type { DestinationRow } from "@/lib/reference/destinations/queries";
import { ArchivedFilter } from "./archived-filter";
import { countryName } from "./country-name";
import { useDestinationColumns } from "./destination-columns";

const getDestinationId = (destination: DestinationRow) => destination.id;

export function DestinationTable({
  rows,
  total,
  params,
  countries,
}: {
  rows: DestinationRow[];
  total: number;
  params: DestinationListParams;
  countries: string[];
}) {
  const t = useTranslations("reference.destinations");
  const locale = useLocale();
  const columns = useDestinationColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getDestinationId}
      search={{ placeholder: t("searchPlaceholder") }}
      filters={
        <>
          <DataTableFilterSelect
            param="country"
            label={t("country")}
            options={countries.map((code) => ({ value: code, label: `${countryName(code, locale)} (${code})` }))}
          />
          <DataTableFilterSelect
            param="priority"
            label={t("priority")}
            options={[
              { value: "true", label: t("isPriority") },
              { value: "false", label: t("notPriority") },
            ]}
          />
          <ArchivedFilter />
        </>
      }
    />
  );
}

"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import { ArchivedFilter } from "@/components/reference/archived-filter";
import type { TownListParams } from "@/lib/towns/list-params";
import type { TownRow } from "@/lib/towns/queries";
import { useTownColumns } from "./town-columns";

const getTownId = (town: TownRow) => town.id;

export function TownTable({
  rows,
  total,
  params,
  years,
}: {
  rows: TownRow[];
  total: number;
  params: TownListParams;
  years: number[];
}) {
  const t = useTranslations("towns");
  const columns = useTownColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getTownId}
      search={{ placeholder: t("searchPlaceholder") }}
      filters={
        <>
          <DataTableFilterSelect
            param="connected"
            label={t("connectedFilter")}
            options={[
              { value: "true", label: t("connected") },
              { value: "false", label: t("notConnected") },
            ]}
          />
          <DataTableFilterSelect
            param="year"
            label={t("yearFilter")}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <DataTableFilterSelect
            param="connectedBy"
            label={t("connectedByFilter")}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <ArchivedFilter />
        </>
      }
    />
  );
}

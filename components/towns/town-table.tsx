"use client";

import { useTranslations } from "next-intl";
import { ArchivedFilter, RecordTable, YearFilter, YesNoFilter } from "@/components/records/record-table";
import type { TownListParams } from "@/lib/towns/list-params";
import type { TownRow } from "@/lib/towns/queries";
import { useTownColumns } from "./town-columns";

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
  return (
    <RecordTable
      caption={t("caption")}
      search={{ placeholder: t("searchPlaceholder") }}
      columns={useTownColumns()}
      rows={rows}
      total={total}
      params={params}
    >
      <YesNoFilter param="connected" label={t("connectedFilter")} yes={t("connected")} no={t("notConnected")} />
      <YearFilter years={years} label={t("yearFilter")} />
      <YearFilter years={years} param="connectedBy" label={t("connectedByFilter")} />
      <ArchivedFilter />
    </RecordTable>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { ArchivedFilter, ChoiceFilter, RecordTable, YesNoFilter } from "@/components/records/record-table";
import type { DestinationListParams } from "@/lib/reference/destinations/list-params";
import type { DestinationRow } from "@/lib/reference/destinations/queries";
import { countryName } from "./country-name";
import { useDestinationColumns } from "./destination-columns";

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
  const locale = useAppLocale();
  return (
    <RecordTable
      caption={t("caption")}
      search={{ placeholder: t("searchPlaceholder") }}
      columns={useDestinationColumns()}
      rows={rows}
      total={total}
      params={params}
    >
      <ChoiceFilter
        param="country"
        label={t("country")}
        choices={countries}
        nameOf={(code) => `${countryName(code, locale)} (${code})`}
      />
      <YesNoFilter param="priority" label={t("priority")} yes={t("isPriority")} no={t("notPriority")} />
      <ArchivedFilter />
    </RecordTable>
  );
}

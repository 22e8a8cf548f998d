"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterCombobox } from "@/components/data-table/data-table-filter-combobox";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { MissionListParams } from "@/lib/missions/list-params";
import type { MissionRow } from "@/lib/missions/queries";
import { missionStatuses } from "@/lib/missions/status";
import type { PickerOption } from "@/lib/records/option-query";
import type { Option } from "@/lib/reference/options";
import { useMissionColumns } from "./mission-columns";

const getMissionId = (mission: MissionRow) => mission.id;
const asFilterOptions = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.label }));

/** `partner` and `destination`: the entries the URL names, for their pickers' labels. */
export type MissionFilterOptions = {
  years: number[];
  sectors: Option[];
  partner: PickerOption | null;
  destination: PickerOption | null;
};

/** The missions list: the generic table with the missions' columns and filters. */
export function MissionTable({
  rows,
  total,
  params,
  filterOptions,
}: {
  rows: MissionRow[];
  total: number;
  params: MissionListParams;
  filterOptions: MissionFilterOptions;
}) {
  const t = useTranslations("missions");
  const tStatuses = useTranslations("missions.statuses");
  const tRecords = useTranslations("records");
  const columns = useMissionColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getMissionId}
      search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
      filters={
        <>
          <DataTableFilterSelect
            param="status"
            label={tRecords("status")}
            options={missionStatuses.map((status) => ({ value: status, label: tStatuses(status) }))}
          />
          <DataTableFilterSelect
            param="year"
            label={tRecords("year")}
            options={filterOptions.years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <DataTableFilterSelect
            param="sector"
            label={tRecords("sector")}
            options={asFilterOptions(filterOptions.sectors)}
          />
          <DataTableFilterCombobox
            param="partner"
            label={tRecords("partner")}
            kind="partners"
            selected={filterOptions.partner}
          />
          <DataTableFilterCombobox
            param="destination"
            label={tRecords("destination")}
            kind="destinations"
            selected={filterOptions.destination}
          />
          <DataTableFilterSelect
            param="archived"
            label={tRecords("showArchived")}
            allLabel={t("filters.archivedHidden")}
            options={[{ value: "true", label: t("filters.archivedOnly") }]}
          />
        </>
      }
    />
  );
}

"use client";

import { useTranslations } from "next-intl";
import {
  ArchivedFilter,
  DestinationFilter,
  PartnerFilter,
  RecordTable,
  useListWords,
  SectorFilter,
  StatusFilter,
  YearFilter,
} from "@/components/records/record-table";
import type { MissionListParams } from "@/lib/missions/list-params";
import type { MissionRow } from "@/lib/missions/queries";
import { missionStatuses } from "@/lib/missions/status";
import type { PickerOption } from "@/lib/records/option-query";
import type { Option } from "@/lib/reference/options";
import { useMissionColumns } from "./mission-columns";

/** `partner` and `destination`: the entries the URL names, for their pickers' labels. */
export type MissionFilterOptions = {
  years: number[];
  sectors: Option[];
  partner: PickerOption | null;
  destination: PickerOption | null;
};

/** The missions list: the record table with the missions' columns and filters. */
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
  const tStatuses = useTranslations("missions.statuses");
  return (
    <RecordTable {...useListWords("missions")} columns={useMissionColumns()} rows={rows} total={total} params={params}>
      <StatusFilter statuses={missionStatuses} label={(status) => tStatuses(status as never)} />
      <YearFilter years={filterOptions.years} />
      <SectorFilter options={filterOptions.sectors} />
      <PartnerFilter selected={filterOptions.partner} />
      <DestinationFilter selected={filterOptions.destination} />
      <ArchivedFilter />
    </RecordTable>
  );
}

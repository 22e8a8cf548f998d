"use client";

import { useTranslations } from "next-intl";
import {
  ArchivedFilter,
  ChoiceFilter,
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

/**
 * `partner` and `destination`: the entries the URL names, for their pickers' labels; `payer`: the
 * partner the cost filter names. `canSeeCosts`: office users, who may filter by who pays.
 */
export type MissionFilterOptions = {
  years: number[];
  sectors: Option[];
  /** The partner filter's choice; null for a partner user, who reads their own organisation's records only. */
  partner: PickerOption | null;
  canFilterByPartner: boolean;
  destination: PickerOption | null;
  payer: PickerOption | null;
  canSeeCosts: boolean;
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
  const tPaidBy = useTranslations("missions.paidBy");
  const { payer } = filterOptions;
  return (
    <RecordTable {...useListWords("missions")} columns={useMissionColumns()} rows={rows} total={total} params={params}>
      <StatusFilter statuses={missionStatuses} label={(status) => tStatuses(status as never)} />
      <YearFilter years={filterOptions.years} />
      <SectorFilter options={filterOptions.sectors} />
      {filterOptions.canFilterByPartner ? <PartnerFilter selected={filterOptions.partner} /> : null}
      <DestinationFilter selected={filterOptions.destination} />
      {filterOptions.canSeeCosts ? (
        <ChoiceFilter
          param="paidBy"
          label={tPaidBy("label")}
          choices={["any", "metropole", ...(payer ? [payer.id] : [])]}
          nameOf={(choice) =>
            choice === "any" || choice === "metropole" ? tPaidBy(choice) : choice === payer?.id ? payer.label : choice
          }
        />
      ) : null}
      <ArchivedFilter />
    </RecordTable>
  );
}

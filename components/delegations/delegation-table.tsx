"use client";

import { useTranslations } from "next-intl";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
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
import type { DelegationListParams } from "@/lib/delegations/list-params";
import type { DelegationRow } from "@/lib/delegations/queries";
import { DelegationStatus } from "@/lib/generated/prisma/enums";
import type { PickerOption } from "@/lib/records/option-query";
import { useDelegationColumns } from "./delegation-columns";

// From the enum rather than the form schemas, whose module would bring zod into the list's bundle (decision 011).
const delegationStatuses = Object.values(DelegationStatus);

type Option = { id: string; label: string };

export type DelegationFilterOptions = {
  years: number[];
  countries: { code: string; name: string }[];
  sectors: Option[];
  /** The partner and destination the URL names, for their pickers' labels. */
  /** The partner filter's choice; null for a partner user, who reads their own organisation's records only. */
  partner: PickerOption | null;
  canFilterByPartner: boolean;
  destination: PickerOption | null;
};

/** The delegations list: the record table with the delegations' columns and filters. */
export function DelegationTable({
  rows,
  total,
  params,
  filterOptions,
}: {
  rows: DelegationRow[];
  total: number;
  params: DelegationListParams;
  filterOptions: DelegationFilterOptions;
}) {
  const t = useTranslations("delegations");
  return (
    <RecordTable
      {...useListWords("delegations")}
      columns={useDelegationColumns()}
      rows={rows}
      total={total}
      params={params}
    >
      <StatusFilter statuses={delegationStatuses} label={(status) => t(`statuses.${status}` as never)} />
      <YearFilter years={filterOptions.years} />
      <SectorFilter options={filterOptions.sectors} />
      {filterOptions.canFilterByPartner ? <PartnerFilter selected={filterOptions.partner} /> : null}
      <DestinationFilter selected={filterOptions.destination} />
      <DataTableFilterSelect
        param="country"
        label={t("fields.country")}
        options={filterOptions.countries.map((country) => ({ value: country.code, label: country.name }))}
      />
      <ArchivedFilter />
    </RecordTable>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterCombobox } from "@/components/data-table/data-table-filter-combobox";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
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
  partner: PickerOption | null;
  destination: PickerOption | null;
};

const getDelegationId = (row: DelegationRow) => row.id;
const toChoices = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.label }));

/** The delegations list: the generic table with the delegations' columns and filters. */
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
  const tRecords = useTranslations("records");
  const columns = useDelegationColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getDelegationId}
      search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
      filters={
        // Option labels can be long (partner names, objectives): the selects shrink to the card
        // at phone width instead of pushing the page sideways.
        <div className="contents [&_select]:max-w-full [&>div]:max-w-full">
          <DataTableFilterSelect
            param="status"
            label={tRecords("status")}
            options={delegationStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          />
          <DataTableFilterSelect
            param="year"
            label={tRecords("year")}
            options={filterOptions.years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <DataTableFilterSelect param="sector" label={tRecords("sector")} options={toChoices(filterOptions.sectors)} />
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
            param="country"
            label={t("fields.country")}
            options={filterOptions.countries.map((country) => ({ value: country.code, label: country.name }))}
          />
          <DataTableFilterSelect
            param="archived"
            label={tRecords("showArchived")}
            allLabel={tRecords("no")}
            options={[{ value: "true", label: tRecords("yes") }]}
          />
        </div>
      }
    />
  );
}

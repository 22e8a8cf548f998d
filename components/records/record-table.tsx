"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableColumn } from "@/components/data-table/features";
import { DataTableFilterCombobox } from "@/components/data-table/data-table-filter-combobox";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { ListParams, ListQueryState } from "@/lib/list-query";
import type { PickerOption } from "@/lib/records/option-query";

// The list of a record area: the one data table with the area's caption, search words and columns,
// and its filters built from the shared ones below, so every record list filters, words and lays
// out its toolbar alike.

type Option = { id: string; label: string };

/** The record areas whose messages hold a list's caption and search words. */
type ListNamespace = "missions" | "delegations" | "events" | "jointActions";

const getId = (row: { id: string }) => row.id;

export function RecordTable<TRow extends { id: string }>({
  namespace,
  columns,
  rows,
  total,
  params,
  children,
}: {
  namespace: ListNamespace;
  columns: ReadonlyArray<DataTableColumn<TRow>>;
  rows: TRow[];
  total: number;
  params: ListParams & ListQueryState;
  /** The area's filters, in the order shown. */
  children: ReactNode;
}) {
  const t = useTranslations(namespace);
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getId}
      search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
      filters={
        // Option labels can be long (partner names, objectives): the selects shrink to the card
        // at phone width instead of pushing the page sideways.
        <div className="contents [&_select]:max-w-full [&>div]:max-w-full">{children}</div>
      }
    />
  );
}

/** The record's status, each named by the area. */
export function StatusFilter({ statuses, label }: { statuses: readonly string[]; label: (status: string) => string }) {
  const t = useTranslations("records");
  return (
    <DataTableFilterSelect
      param="status"
      label={t("status")}
      options={statuses.map((status) => ({ value: status, label: label(status) }))}
    />
  );
}

/** The years the area's records fall in. */
export function YearFilter({ years }: { years: number[] }) {
  const t = useTranslations("records");
  return (
    <DataTableFilterSelect
      param="year"
      label={t("year")}
      options={years.map((year) => ({ value: String(year), label: String(year) }))}
    />
  );
}

/** A choice among a short list of reference entries (sectors, objectives). */
export function EntryFilter({ param, label, options }: { param: string; label: string; options: Option[] }) {
  return (
    <DataTableFilterSelect
      param={param}
      label={label}
      options={options.map((option) => ({ value: option.id, label: option.label }))}
    />
  );
}

/** The sector. */
export function SectorFilter({ options }: { options: Option[] }) {
  const t = useTranslations("records");
  return <EntryFilter param="sector" label={t("sector")} options={options} />;
}

/** A partner organisation, searched; `selected`: the one the URL names, for its label. */
export function PartnerFilter({ selected }: { selected: PickerOption | null }) {
  const t = useTranslations("records");
  return <DataTableFilterCombobox param="partner" label={t("partner")} kind="partners" selected={selected} />;
}

/** A destination, searched; `selected`: the one the URL names, for its label. */
export function DestinationFilter({ selected }: { selected: PickerOption | null }) {
  const t = useTranslations("records");
  return (
    <DataTableFilterCombobox param="destination" label={t("destination")} kind="destinations" selected={selected} />
  );
}

/** Archived records: hidden unless asked for. */
export function ArchivedFilter({ hiddenLabel, onlyLabel }: { hiddenLabel?: string; onlyLabel?: string }) {
  const t = useTranslations("records");
  return (
    <DataTableFilterSelect
      param="archived"
      label={t("showArchived")}
      allLabel={hiddenLabel ?? t("no")}
      options={[{ value: "true", label: onlyLabel ?? t("yes") }]}
    />
  );
}

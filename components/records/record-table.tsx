"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableColumn } from "@/components/data-table/features";
import type { DataTableSearchProps } from "@/components/data-table/data-table-search";
import { DataTableFilterCombobox } from "@/components/data-table/data-table-filter-combobox";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { ListParams, ListQueryState } from "@/lib/list-query";
import type { PickerOption } from "@/lib/records/option-query";

// The list of records, users or log entries: the one data table with the list's caption, search
// words and columns, and its filters built from the shared ones below, so every list filters,
// words and lays out its toolbar alike.

type Option = { id: string; label: string };

const getId = (row: { id: string }) => row.id;

/** The record areas whose messages hold a list's caption and search words. */
type ListNamespace = "missions" | "delegations" | "events" | "jointActions";

/** A record area's list words: its caption and its search box's label and placeholder. */
export function useListWords(namespace: ListNamespace): { caption: string; search: DataTableSearchProps } {
  const t = useTranslations(namespace);
  return { caption: t("caption"), search: { label: t("searchLabel"), placeholder: t("searchPlaceholder") } };
}

export function RecordTable<TRow extends { id: string }>({
  caption,
  search = {},
  columns,
  rows,
  total,
  params,
  children,
}: {
  caption: string;
  /** The search box's words, or `false` for a list without search. */
  search?: DataTableSearchProps | false;
  columns: ReadonlyArray<DataTableColumn<TRow>>;
  rows: TRow[];
  total: number;
  params: ListParams & ListQueryState;
  /** The list's filters, in the order shown. */
  children?: ReactNode;
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getId}
      search={search}
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

/** The years the area's records fall in; `param` and `label` for another year than the record's. */
export function YearFilter({ years, param = "year", label }: { years: number[]; param?: string; label?: string }) {
  const t = useTranslations("records");
  return (
    <DataTableFilterSelect
      param={param}
      label={label ?? t("year")}
      options={years.map((year) => ({ value: String(year), label: String(year) }))}
    />
  );
}

/** A yes-or-no filter (`true`/`false` in the URL), each side named by the list. */
export function YesNoFilter({ param, label, yes, no }: { param: string; label: string; yes: string; no: string }) {
  return (
    <DataTableFilterSelect
      param={param}
      label={label}
      options={[
        { value: "true", label: yes },
        { value: "false", label: no },
      ]}
    />
  );
}

/** A choice among fixed values (an enum's), each named by the list. */
export function ChoiceFilter({
  param,
  label,
  choices,
  nameOf,
}: {
  param: string;
  label: string;
  choices: readonly string[];
  nameOf: (choice: string) => string;
}) {
  return (
    <DataTableFilterSelect
      param={param}
      label={label}
      options={choices.map((choice) => ({ value: choice, label: nameOf(choice) }))}
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
export function DestinationFilter({
  selected,
  param = "destination",
}: {
  selected: PickerOption | null;
  param?: string;
}) {
  const t = useTranslations("records");
  return <DataTableFilterCombobox param={param} label={t("destination")} kind="destinations" selected={selected} />;
}

/** Archived records: hidden unless asked for (`archived=true` lists only them). */
export function ArchivedFilter() {
  const t = useTranslations("records.archiveFilter");
  return (
    <DataTableFilterSelect
      param="archived"
      label={t("label")}
      allLabel={t("hidden")}
      options={[{ value: "true", label: t("only") }]}
    />
  );
}

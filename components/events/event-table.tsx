"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterCombobox } from "@/components/data-table/data-table-filter-combobox";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { EventListParams } from "@/lib/events/list-params";
import type { EventRow } from "@/lib/events/queries";
import { EventStatus } from "@/lib/generated/prisma/enums";
import type { PickerOption } from "@/lib/records/option-query";
import { useEventColumns } from "./event-columns";

// From the enum rather than the form schemas, whose module would bring zod into the list's bundle (decision 011).
const eventStatuses = Object.values(EventStatus);

type Option = { id: string; label: string };

/** `partner`: the one the URL names, for its picker's label. */
export type EventFilterOptions = {
  years: number[];
  sectors: Option[];
  partner: PickerOption | null;
  objectives: Option[];
};

const getEventId = (row: EventRow) => row.id;
const toChoices = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.label }));

/** The events list: the generic table with the events' columns and filters. */
export function EventTable({
  rows,
  total,
  params,
  filterOptions,
}: {
  rows: EventRow[];
  total: number;
  params: EventListParams;
  filterOptions: EventFilterOptions;
}) {
  const t = useTranslations("events");
  const tRecords = useTranslations("records");
  const columns = useEventColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getEventId}
      search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
      filters={
        // Option labels can be long (partner names, objectives): the selects shrink to the card
        // at phone width instead of pushing the page sideways.
        <div className="contents [&_select]:max-w-full [&>div]:max-w-full">
          <DataTableFilterSelect
            param="status"
            label={tRecords("status")}
            options={eventStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
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
          <DataTableFilterSelect
            param="objective"
            label={t("objective")}
            options={toChoices(filterOptions.objectives)}
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

"use client";

import { useTranslations } from "next-intl";
import {
  ArchivedFilter,
  EntryFilter,
  PartnerFilter,
  RecordTable,
  useListWords,
  SectorFilter,
  StatusFilter,
  YearFilter,
} from "@/components/records/record-table";
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
  /** The partner filter's choice; null for a partner user, who reads their own organisation's records only. */
  partner: PickerOption | null;
  canFilterByPartner: boolean;
  objectives: Option[];
};

/** The events list: the record table with the events' columns and filters. */
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
  return (
    <RecordTable {...useListWords("events")} columns={useEventColumns()} rows={rows} total={total} params={params}>
      <StatusFilter statuses={eventStatuses} label={(status) => t(`statuses.${status}` as never)} />
      <YearFilter years={filterOptions.years} />
      <SectorFilter options={filterOptions.sectors} />
      {filterOptions.canFilterByPartner ? <PartnerFilter selected={filterOptions.partner} /> : null}
      <EntryFilter param="objective" label={t("objective")} options={filterOptions.objectives} />
      <ArchivedFilter />
    </RecordTable>
  );
}

"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { EventRow } from "@/lib/events/queries";
import { EventStatusBadge } from "./event-status-badge";

const column = createDataTableColumnHelper<EventRow>();

/** The events list's columns; sortable ones match `sortable` in lib/events/list-params.ts. */
export function useEventColumns() {
  const t = useTranslations("events");
  const tRecords = useTranslations("records");
  const format = useFormatter();
  return useMemo(
    () =>
      column.columns([
        column.accessor("title", {
          header: t("fields.title"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/events/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("startsAt", {
          header: t("fields.start"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => format.dateTime(cell.getValue(), { dateStyle: "medium", timeStyle: "short" }),
        }),
        column.accessor("venue", { header: t("fields.venue"), cell: (cell) => cell.getValue() || tRecords("none") }),
        column.accessor("attendance", {
          header: t("fields.attendance"),
          meta: { className: "text-right" },
          cell: (cell) => {
            const value = cell.getValue();
            return value === null ? tRecords("none") : format.number(value);
          },
        }),
        column.accessor("status", {
          header: t("fields.status"),
          enableSorting: true,
          cell: (cell) => (
            <EventStatusBadge status={cell.getValue()} isArchived={cell.row.original.archivedAt !== null} />
          ),
        }),
      ]),
    [t, tRecords, format],
  );
}

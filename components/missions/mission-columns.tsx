"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { MissionRow } from "@/lib/missions/queries";
import { MissionStatusBadge } from "./status-badge";

const column = createDataTableColumnHelper<MissionRow>();

const list = (items: string[]) => (items.length > 0 ? items.join(", ") : "—");

/** The missions list's columns; sortable ones match `sortable` in lib/missions/list-params.ts. */
export function useMissionColumns() {
  const t = useTranslations("missions.fields");
  const tRecords = useTranslations("records");
  // The formatting locale ("en-GB"): dates in the language's convention.
  const locale = useLocale();
  const timeZone = useTimeZone();
  // One formatter for every row: next-intl's dateTimeRange builds a new Intl.DateTimeFormat per
  // call, which showed in the list's server profile (decision 011).
  const days = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }), [locale, timeZone]);
  return useMemo(
    () =>
      column.columns([
        column.accessor("title", {
          header: t("title"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => (
            <span className="flex flex-wrap items-center gap-2">
              <RecordLink href={`/missions/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>
              {cell.row.original.isArchived ? (
                <span className="text-xs font-normal text-slate-600">({tRecords("archived")})</span>
              ) : null}
            </span>
          ),
        }),
        column.accessor("startDate", {
          header: t("dates"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          // Calendar days are stored at UTC midnight, the same day in Paris.
          // Node's ICU puts thin spaces around the dash of a range across months ("29 mai – 2 juin"),
          // the browser's plain ones: one spacing on both sides, or hydration fails.
          cell: (cell) => days.formatRange(cell.getValue(), cell.row.original.endDate).replace(/\u2009/g, " "),
        }),
        column.accessor("destinations", { header: t("destinations"), cell: (cell) => list(cell.getValue()) }),
        column.accessor("status", {
          header: t("status"),
          enableSorting: true,
          cell: (cell) => <MissionStatusBadge status={cell.getValue()} />,
        }),
        column.accessor("partners", { header: t("partners"), cell: (cell) => list(cell.getValue()) }),
        column.accessor("sectors", { header: t("sectors"), cell: (cell) => list(cell.getValue()) }),
      ]),
    [t, tRecords, days],
  );
}

"use client";

import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { AuditRow } from "@/lib/audit-log/queries";
import { auditedRecordTypes } from "@/lib/audit-log/record-types";

const column = createDataTableColumnHelper<AuditRow>();

export function useAuditColumns() {
  const t = useTranslations("audit");
  const format = useFormatter();
  return useMemo(
    () =>
      column.columns([
        column.accessor("createdAt", {
          header: t("when"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => format.dateTime(cell.getValue(), { dateStyle: "short", timeStyle: "medium" }),
        }),
        column.accessor("actorName", {
          header: t("who"),
          cell: (cell) => cell.getValue() ?? cell.row.original.actorEmail ?? t("system"),
        }),
        column.accessor("action", {
          header: t("action"),
          cell: (cell) => {
            const action = cell.getValue();
            const key = `actions.${action.replace(".", "_")}`;
            if (t.has(key as never)) return t(key as never);
            // "<area>.<verb>" actions of the records read as "<verb>", the record type being in the next column.
            const verbKey = `verbs.${action.split(".")[1] ?? ""}`;
            return t.has(verbKey as never) ? t(verbKey as never) : action;
          },
        }),
        column.accessor("entityType", {
          header: t("record"),
          cell: (cell) => {
            const type = cell.getValue();
            const typeLabel = (auditedRecordTypes as readonly string[]).includes(type)
              ? t(`entityTypes.${type as (typeof auditedRecordTypes)[number]}`)
              : type;
            // A record's name, never its id: one whose name is unknown (deleted since) reads as its type alone.
            const label = cell.row.original.entityLabel;
            return label ? `${typeLabel} · ${label}` : typeLabel;
          },
        }),
        column.accessor("changeLines", {
          header: t("changes"),
          cell: (cell) =>
            cell.getValue().length === 0 ? null : (
              <ul className="flex flex-col gap-0.5 text-xs">
                {cell.getValue().map((line, index) => (
                  <li key={index} className="break-words">
                    <span className="font-medium">{line.field}</span>
                    {t("fieldSeparator")} {line.before} → {line.after}
                  </li>
                ))}
              </ul>
            ),
        }),
        column.accessor("clientIp", { header: t("clientIp"), cell: (cell) => cell.getValue() ?? "" }),
      ]),
    [t, format],
  );
}

"use client";

import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { AuditRow } from "@/lib/audit-log/queries";
import { auditedRecordTypes } from "@/lib/audit-log/record-types";

const column = createDataTableColumnHelper<AuditRow>();

function describeChanges(changes: unknown): string {
  if (!changes || typeof changes !== "object") return "";
  return Object.entries(changes as Record<string, unknown>)
    .map(([field, value]) => {
      if (value && typeof value === "object" && "before" in value && "after" in value) {
        const { before, after } = value as { before: unknown; after: unknown };
        return `${field}: ${before ?? "∅"} → ${after ?? "∅"}`;
      }
      return `${field}: ${String(value)}`;
    })
    .join("; ");
}

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
            return `${typeLabel} · ${cell.row.original.entityLabel ?? cell.row.original.entityId ?? "—"}`;
          },
        }),
        column.accessor("changes", {
          header: t("changes"),
          cell: (cell) => <span className="break-words text-xs">{describeChanges(cell.getValue())}</span>,
        }),
        column.accessor("clientIp", { header: t("clientIp"), cell: (cell) => cell.getValue() ?? "" }),
      ]),
    [t, format],
  );
}

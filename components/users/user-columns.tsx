"use client";

import { RecordLink } from "@/components/records/record-link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import type { UserRow } from "@/lib/users/queries";

const column = createDataTableColumnHelper<UserRow>();

/** The users list's columns; sortable ones match `sortable` in lib/users/list-params.ts. */
export function useUserColumns() {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const format = useFormatter();
  return useMemo(
    () =>
      column.columns([
        column.accessor("name", {
          header: t("name"),
          enableSorting: true,
          meta: { isRowHeader: true },
          cell: (cell) => <RecordLink href={`/admin/users/${cell.row.original.id}`}>{cell.getValue()}</RecordLink>,
        }),
        column.accessor("email", { header: t("email"), enableSorting: true }),
        column.accessor("role", { header: t("role"), enableSorting: true, cell: (cell) => tRoles(cell.getValue()) }),
        column.accessor("organisation", { header: t("organisation"), cell: (cell) => cell.getValue() ?? "—" }),
        column.accessor("isActive", {
          header: t("status"),
          cell: (cell) => (cell.getValue() ? t("active") : t("inactive")),
        }),
        column.accessor("lastSignInAt", {
          header: t("lastSignIn"),
          enableSorting: true,
          meta: { className: "whitespace-nowrap" },
          cell: (cell) => {
            const value = cell.getValue();
            return value ? format.dateTime(value, { dateStyle: "medium", timeStyle: "short" }) : t("never");
          },
        }),
      ]),
    [t, tRoles, format],
  );
}

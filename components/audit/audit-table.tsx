"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { AuditRow } from "@/lib/audit-log/queries";
import { auditedRecordTypes } from "@/lib/audit-log/record-types";
import type { AuditListParams } from "@/lib/users/list-params";
import { AuditDateFilter } from "./audit-date-filter";
import { useAuditColumns } from "./audit-columns";

const getEntryId = (entry: AuditRow) => entry.id;

type Props = { rows: AuditRow[]; total: number; params: AuditListParams; users: { id: string; name: string }[] };

export function AuditTable({ rows, total, params, users }: Props) {
  const t = useTranslations("audit");
  const columns = useAuditColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getEntryId}
      filters={
        <>
          <DataTableFilterSelect
            param="actorId"
            label={t("user")}
            options={users.map((user) => ({ value: user.id, label: user.name }))}
          />
          <DataTableFilterSelect
            param="entityType"
            label={t("recordType")}
            options={auditedRecordTypes.map((type) => ({ value: type, label: t(`entityTypes.${type}`) }))}
          />
          <AuditDateFilter param="from" label={t("from")} />
          <AuditDateFilter param="to" label={t("to")} />
        </>
      }
    />
  );
}

"use client";

import { useTranslations } from "next-intl";
import { ChoiceFilter, EntryFilter, RecordTable } from "@/components/records/record-table";
import type { AuditRow } from "@/lib/audit-log/queries";
import { auditedRecordTypes } from "@/lib/audit-log/record-types";
import type { AuditListParams } from "@/lib/users/list-params";
import { AuditDateFilter } from "./audit-date-filter";
import { useAuditColumns } from "./audit-columns";

type Props = { rows: AuditRow[]; total: number; params: AuditListParams; users: { id: string; name: string }[] };

export function AuditTable({ rows, total, params, users }: Props) {
  const t = useTranslations("audit");
  return (
    <RecordTable caption={t("caption")} columns={useAuditColumns()} rows={rows} total={total} params={params}>
      <EntryFilter
        param="actorId"
        label={t("user")}
        options={users.map((user) => ({ id: user.id, label: user.name }))}
      />
      <ChoiceFilter
        param="entityType"
        label={t("recordType")}
        choices={auditedRecordTypes}
        nameOf={(type) => t(`entityTypes.${type}` as never)}
      />
      <AuditDateFilter param="from" label={t("from")} />
      <AuditDateFilter param="to" label={t("to")} />
    </RecordTable>
  );
}

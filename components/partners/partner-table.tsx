"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import { PartnerKind } from "@/lib/generated/prisma/enums";
import type { PartnerListParams } from "@/lib/partners/list-params";
import type { PartnerSummary } from "@/lib/partners/queries";
import { usePartnerColumns } from "./partner-columns";

// From the enum rather than the list's URL schema, whose module would bring zod into the bundle (decision 011).
const partnerKinds = Object.values(PartnerKind);

const getPartnerId = (partner: PartnerSummary) => partner.id;

/** The partners list: the generic table with the partners' columns and filters. */
export function PartnerTable({
  rows,
  total,
  params,
}: {
  rows: PartnerSummary[];
  total: number;
  params: PartnerListParams;
}) {
  const t = useTranslations("partners");
  const tRecords = useTranslations("records");
  const columns = usePartnerColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getPartnerId}
      filters={
        <>
          <DataTableFilterSelect
            param="kind"
            label={t("fields.kind")}
            options={partnerKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
          <DataTableFilterSelect
            param="archived"
            label={tRecords("showArchived")}
            options={[{ value: "true", label: tRecords("archived") }]}
            allLabel={tRecords("no")}
          />
          <DataTableFilterSelect
            param="active"
            label={t("status")}
            options={[
              { value: "true", label: t("active") },
              { value: "false", label: t("inactive") },
            ]}
          />
        </>
      }
    />
  );
}

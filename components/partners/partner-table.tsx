"use client";

import { useTranslations } from "next-intl";
import { ArchivedFilter, ChoiceFilter, RecordTable, YesNoFilter } from "@/components/records/record-table";
import { PartnerKind } from "@/lib/generated/prisma/enums";
import type { PartnerListParams } from "@/lib/partners/list-params";
import type { PartnerSummary } from "@/lib/partners/queries";
import { usePartnerColumns } from "./partner-columns";

// From the enum rather than the list's URL schema, whose module would bring zod into the bundle (decision 011).
const partnerKinds = Object.values(PartnerKind);

/** The partners list: the record table with the partners' columns and filters. */
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
  return (
    <RecordTable caption={t("caption")} columns={usePartnerColumns()} rows={rows} total={total} params={params}>
      <ChoiceFilter
        param="kind"
        label={t("fields.kind")}
        choices={partnerKinds}
        nameOf={(kind) => t(`kinds.${kind}` as never)}
      />
      <ArchivedFilter />
      <YesNoFilter param="active" label={t("status")} yes={t("active")} no={t("inactive")} />
    </RecordTable>
  );
}

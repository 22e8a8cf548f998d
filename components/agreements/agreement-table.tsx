"use client";

import { useTranslations } from "next-intl";
import {
  ArchivedFilter,
  ChoiceFilter,
  DestinationFilter,
  RecordTable,
  YearFilter,
} from "@/components/records/record-table";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { AgreementListParams } from "@/lib/agreements/list-params";
import type { AgreementRow } from "@/lib/agreements/queries";
import { AgreementKind } from "@/lib/generated/prisma/enums";
import type { PickerOption } from "@/lib/records/option-query";
import { useAgreementColumns } from "./agreement-columns";

// From the enum rather than the form schemas, whose module would bring zod into the list's bundle (decision 011).
const agreementKinds = Object.values(AgreementKind);

/** `destination`: the one the URL names, for its picker's label. */
type Props = {
  rows: AgreementRow[];
  total: number;
  params: AgreementListParams;
  destination: PickerOption | null;
  years: number[];
};

export function AgreementTable({ rows, total, params, destination, years }: Props) {
  const t = useTranslations("agreements");
  return (
    <RecordTable
      caption={t("caption")}
      search={{ placeholder: t("searchPlaceholder") }}
      columns={useAgreementColumns()}
      rows={rows}
      total={total}
      params={params}
    >
      <ChoiceFilter
        param="kind"
        label={t("kind")}
        choices={agreementKinds}
        nameOf={(kind) => t(`kinds.${kind}` as never)}
      />
      <DestinationFilter selected={destination} param="destinationId" />
      <YearFilter years={years} label={t("yearFilter")} />
      <DataTableFilterSelect
        param="expiring"
        label={t("expiringFilter")}
        options={[{ value: "true", label: t("expiringOnly") }]}
      />
      <ArchivedFilter />
    </RecordTable>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterCombobox } from "@/components/data-table/data-table-filter-combobox";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import { ArchivedFilter } from "@/components/reference/archived-filter";
import type { AgreementListParams } from "@/lib/agreements/list-params";
import type { AgreementRow } from "@/lib/agreements/queries";
import { AgreementKind } from "@/lib/generated/prisma/enums";
import type { PickerOption } from "@/lib/records/option-query";
import { useAgreementColumns } from "./agreement-columns";

// From the enum rather than the form schemas, whose module would bring zod into the list's bundle (decision 011).
const agreementKinds = Object.values(AgreementKind);

const getAgreementId = (agreement: AgreementRow) => agreement.id;

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
  const tRecords = useTranslations("records");
  const columns = useAgreementColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getAgreementId}
      search={{ placeholder: t("searchPlaceholder") }}
      filters={
        <>
          <DataTableFilterSelect
            param="kind"
            label={t("kind")}
            options={agreementKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
          <DataTableFilterCombobox
            param="destinationId"
            label={tRecords("destination")}
            kind="destinations"
            selected={destination}
          />
          <DataTableFilterSelect
            param="year"
            label={t("yearFilter")}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <DataTableFilterSelect
            param="expiring"
            label={t("expiringFilter")}
            options={[{ value: "true", label: t("expiringOnly") }]}
          />
          <ArchivedFilter />
        </>
      }
    />
  );
}

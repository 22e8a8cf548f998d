"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterCombobox } from "@/components/data-table/data-table-filter-combobox";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import type { JointActionListParams } from "@/lib/joint-actions/list-params";
import type { JointActionRow } from "@/lib/joint-actions/queries";
import { JointActionKind } from "@/lib/generated/prisma/enums";
import type { PickerOption } from "@/lib/records/option-query";
import { useJointActionColumns } from "./joint-action-columns";

// From the enum rather than the form schemas, whose module would bring zod into the list's bundle (decision 011).
const jointActionKinds = Object.values(JointActionKind);

type Option = { id: string; label: string };

/**
 * `canFilterByPartner` is false for partner users: they only ever see their own organisation's
 * actions. `partner` and `destination`: the ones the URL names, for their pickers' labels.
 */
export type JointActionFilterOptions = {
  years: number[];
  canFilterByPartner: boolean;
  partner: PickerOption | null;
  destination: PickerOption | null;
  objectives: Option[];
};

const getId = (row: JointActionRow) => row.id;
const toChoices = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.label }));

/** The joint-actions list: the generic table with its columns and filters. */
export function JointActionTable({
  rows,
  total,
  params,
  filterOptions,
}: {
  rows: JointActionRow[];
  total: number;
  params: JointActionListParams;
  filterOptions: JointActionFilterOptions;
}) {
  const t = useTranslations("jointActions");
  const tRecords = useTranslations("records");
  const columns = useJointActionColumns();
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      data={rows}
      total={total}
      params={params}
      getRowId={getId}
      search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
      filters={
        <div className="contents [&_select]:max-w-full [&>div]:max-w-full">
          {filterOptions.canFilterByPartner ? (
            <DataTableFilterCombobox
              param="partner"
              label={tRecords("partner")}
              kind="partners"
              selected={filterOptions.partner}
            />
          ) : null}
          <DataTableFilterSelect
            param="kind"
            label={t("kind")}
            options={jointActionKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
          <DataTableFilterSelect
            param="year"
            label={tRecords("year")}
            options={filterOptions.years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <DataTableFilterCombobox
            param="destination"
            label={tRecords("destination")}
            kind="destinations"
            selected={filterOptions.destination}
          />
          <DataTableFilterSelect
            param="objective"
            label={t("objective")}
            options={toChoices(filterOptions.objectives)}
          />
          <DataTableFilterSelect
            param="archived"
            label={tRecords("showArchived")}
            allLabel={tRecords("no")}
            options={[{ value: "true", label: tRecords("yes") }]}
          />
        </div>
      }
    />
  );
}

"use client";

import { useTranslations } from "next-intl";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";
import {
  ArchivedFilter,
  DestinationFilter,
  EntryFilter,
  PartnerFilter,
  RecordTable,
  useListWords,
  YearFilter,
} from "@/components/records/record-table";
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

/** The joint-actions list: the record table with its columns and filters. */
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
  return (
    <RecordTable
      {...useListWords("jointActions")}
      columns={useJointActionColumns()}
      rows={rows}
      total={total}
      params={params}
    >
      {filterOptions.canFilterByPartner ? <PartnerFilter selected={filterOptions.partner} /> : null}
      <DataTableFilterSelect
        param="kind"
        label={t("kind")}
        options={jointActionKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <YearFilter years={filterOptions.years} />
      <DestinationFilter selected={filterOptions.destination} />
      <EntryFilter param="objective" label={t("objective")} options={filterOptions.objectives} />
      <ArchivedFilter />
    </RecordTable>
  );
}

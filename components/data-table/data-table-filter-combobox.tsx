"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { OptionCombobox } from "@/components/option-picker/option-combobox";
import type { OptionKind, PickerOption } from "@/lib/records/option-query";
import { useDataTableNavigation } from "./data-table-context";

export type DataTableFilterComboboxProps = {
  /** The URL parameter this filter sets, e.g. "partner"; the area's list schema must parse it. */
  param: string;
  label: string;
  kind: OptionKind;
  /** The entry the URL names, looked up by the server (null when there is none or the id is unknown). */
  selected: PickerOption | null;
};

/**
 * A filter over a long list of choices (partners, destinations): a searchable picker instead of a
 * select holding every entry (docs/decisions/011-benchmark.md). A choice goes to the URL at once
 * (page 1), like DataTableFilterSelect; the clear button removes the filter.
 */
export function DataTableFilterCombobox({ param, label, kind, selected }: DataTableFilterComboboxProps) {
  const t = useTranslations("dataTable");
  const { params, navigate } = useDataTableNavigation();
  const inputId = useId();
  const raw = params[param];
  const current = raw === undefined || raw === null ? "" : String(raw);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <OptionCombobox
        // Re-keyed when the server sends new params, so the server's label replaces the typed state.
        key={current}
        kind={kind}
        inputId={inputId}
        selected={selected?.id === current ? selected : null}
        onSelect={(option) => navigate({ [param]: option?.id })}
        placeholder={t("filterAll")}
        fieldLabel={label}
      />
    </div>
  );
}

"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useDataTableNavigation } from "./data-table-context";

export type DataTableFilterOption = { value: string; label: string };

export type DataTableFilterSelectProps = {
  /** The URL parameter this select sets, e.g. "kind"; the area's list schema must parse it. */
  param: string;
  label: string;
  options: ReadonlyArray<DataTableFilterOption>;
  /** The first option, which removes the filter; defaults to "Tous". */
  allLabel?: string;
};

/** A labelled native select for one area filter; a choice goes to the URL at once (page 1). */
export function DataTableFilterSelect({ param, label, options, allLabel }: DataTableFilterSelectProps) {
  const t = useTranslations("dataTable");
  const { params, navigate } = useDataTableNavigation();
  const selectId = useId();
  const raw = params[param];
  const current = raw === undefined || raw === null ? "" : String(raw);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        // Uncontrolled, so the choice shows at once; re-keyed when the server sends new params.
        key={current}
        id={selectId}
        name={param}
        defaultValue={current}
        onChange={(event) => navigate({ [param]: event.currentTarget.value || undefined })}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900"
      >
        <option value="">{allLabel ?? t("filterAll")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

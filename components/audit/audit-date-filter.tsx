"use client";

import { useId } from "react";
import { useDataTableNavigation } from "@/components/data-table/data-table-context";

/** A date input for one end of the audit log's date range (a Paris calendar day), kept in the URL. */
export function AuditDateFilter({ param, label }: { param: "from" | "to"; label: string }) {
  const { params, navigate } = useDataTableNavigation();
  const inputId = useId();
  const current = typeof params[param] === "string" ? (params[param] as string) : "";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        key={current}
        id={inputId}
        type="date"
        defaultValue={current}
        onChange={(event) => navigate({ [param]: event.currentTarget.value || undefined })}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
    </div>
  );
}

"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { buildListQuery, maxSearchLength } from "@/lib/list-query";
import { useDataTableNavigation } from "./data-table-context";

export type DataTableSearchProps = {
  /** Visible label; defaults to "Rechercher". */
  label?: string;
  /** Placeholder, e.g. what the search matches ("Nom ou sigle"); defaults to "Rechercher…". */
  placeholder?: string;
};

/**
 * The free-text search (`q`). A GET form: Enter or the button submits it. With JavaScript it
 * replaces the URL in place; without, the browser submits it with the other params as hidden fields.
 */
export function DataTableSearch({ label, placeholder }: DataTableSearchProps) {
  const t = useTranslations("dataTable");
  const { params, pathname, navigate } = useDataTableNavigation();
  const inputId = useId();
  const current = typeof params.q === "string" ? params.q : "";
  const kept = new URLSearchParams(buildListQuery(params, { q: undefined }));
  return (
    <form
      role="search"
      method="get"
      action={pathname}
      onSubmit={(event) => {
        event.preventDefault();
        const q = new FormData(event.currentTarget).get("q");
        navigate({ q: typeof q === "string" ? q.trim() : undefined });
      }}
      className="flex min-w-0 flex-1 basis-64 items-end gap-2"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
          {label ?? t("searchLabel")}
        </label>
        <input
          // A new URL (e.g. "clear filters") resets what is typed.
          key={current}
          id={inputId}
          type="search"
          name="q"
          defaultValue={current}
          maxLength={maxSearchLength}
          placeholder={placeholder ?? t("searchPlaceholder")}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500"
        />
      </div>
      {[...kept].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("searchSubmit")}
      </button>
    </form>
  );
}

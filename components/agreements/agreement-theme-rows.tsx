"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrors } from "@/components/ui/form-field";
import type { FieldErrors as FieldErrorMap } from "@/lib/action-result";
import { maxTitleLength } from "@/lib/records/fields";
import { acceptedYears } from "@/lib/time";

type Row = { key: number; year: string; theme: string };

const inputClassName = "rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600";

/**
 * The agreement's yearly themes: one row per year, added and removed in the form. Rows post as
 * "themes.<n>.year" / "themes.<n>.theme" (lib/agreements/schemas.ts#agreementFormInput).
 */
export function AgreementThemeRows({
  initial,
  errors,
}: {
  initial: { year: string; theme: string }[];
  errors?: FieldErrorMap | undefined;
}) {
  const t = useTranslations("agreements");
  const [rows, setRows] = useState<Row[]>(() => initial.map((row, key) => ({ ...row, key })));
  const [nextKey, setNextKey] = useState(initial.length);
  // Messages refer to the rows as submitted; once rows are added or removed they may not match.
  const [edited, setEdited] = useState(false);
  const rowErrors = (index: number, field: "year" | "theme") =>
    edited ? undefined : errors?.[`themes.${index}.${field}`];

  function addRow() {
    setRows((current) => [...current, { key: nextKey, year: "", theme: "" }]);
    setNextKey((key) => key + 1);
    setEdited(true);
  }

  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-medium text-slate-900">{t("themes")}</legend>
      <p className="text-xs text-slate-600">{t("themesHint")}</p>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("noThemes")}</p> : null}
      {rows.map((row, index) => {
        const yearName = `themes.${index}.year`;
        const themeName = `themes.${index}.theme`;
        const yearErrors = rowErrors(index, "year");
        const themeErrors = rowErrors(index, "theme");
        return (
          <fieldset
            key={row.key}
            className="flex flex-wrap items-start gap-3 border-t border-slate-100 pt-3 first-of-type:border-t-0 first-of-type:pt-0"
          >
            <legend className="sr-only">{t("themeRow", { number: index + 1 })}</legend>
            <div className="flex w-28 flex-col gap-1">
              <label htmlFor={`theme-${row.key}-year`} className="text-sm font-medium text-slate-900">
                {t("themeYear")}
              </label>
              <input
                id={`theme-${row.key}-year`}
                name={yearName}
                type="number"
                inputMode="numeric"
                min={acceptedYears.first}
                max={acceptedYears.last}
                required
                defaultValue={row.year}
                aria-invalid={yearErrors?.length ? true : undefined}
                aria-describedby={yearErrors?.length ? `${yearName}-errors` : undefined}
                className={inputClassName}
              />
              <FieldErrors name={yearName} errors={yearErrors} />
            </div>
            <div className="flex min-w-48 flex-1 flex-col gap-1">
              <label htmlFor={`theme-${row.key}-theme`} className="text-sm font-medium text-slate-900">
                {t("themeText")}
              </label>
              <input
                id={`theme-${row.key}-theme`}
                name={themeName}
                required
                maxLength={maxTitleLength}
                autoComplete="off"
                defaultValue={row.theme}
                aria-invalid={themeErrors?.length ? true : undefined}
                aria-describedby={themeErrors?.length ? `${themeName}-errors` : undefined}
                className={inputClassName}
              />
              <FieldErrors name={themeName} errors={themeErrors} />
            </div>
            <button
              type="button"
              onClick={() => {
                setRows((current) => current.filter((candidate) => candidate.key !== row.key));
                setEdited(true);
              }}
              className="mt-6 rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
            >
              {t("removeTheme")}
            </button>
          </fieldset>
        );
      })}
      <div>
        <button
          type="button"
          onClick={addRow}
          className="rounded-md border border-brand-600 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("addTheme")}
        </button>
      </div>
      <FieldErrors name="themes" errors={errors?.themes} />
    </fieldset>
  );
}

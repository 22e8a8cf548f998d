"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPeriodAction, updatePeriodAction } from "@/lib/reference/actions";
import { MultiOptionPickerField } from "@/components/option-picker/multi-option-picker-field";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import { RecordForm } from "@/components/records/record-form";
import { FormField } from "@/components/ui/form-field";
import type { PickerOption } from "@/lib/records/option-query";
import { maxCodeLength } from "@/lib/records/fields";
import { acceptedYears } from "@/lib/time";

export type PeriodFormValues = {
  id: string;
  version: number;
  label: string;
  startYear: string;
  endYear: string;
  destinationIds: string[];
};

const yearInput = "w-32 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600";

/**
 * Creates a priority period, or edits one. Its priority destinations are a searchable picker (there
 * can be thousands of cities, decision 011); `destinations` are the period's own, for their labels.
 */
export function PeriodForm({
  period,
  destinations = [],
}: {
  period?: PeriodFormValues;
  destinations?: PickerOption[];
}) {
  const t = useTranslations("reference.periods");
  const tRecords = useTranslations("records");
  const [result, action] = useActionState(period ? updatePeriodAction : createPeriodAction, null);
  const failed = result && !result.ok ? result : null;
  const typed = failed?.values;
  // The action sends the chosen destinations back as one comma-separated value.
  const values: Omit<PeriodFormValues, "id" | "version"> | undefined = typed
    ? {
        label: typed.label ?? "",
        startYear: typed.startYear ?? "",
        endYear: typed.endYear ?? "",
        destinationIds: typed.destinationIds ? typed.destinationIds.split(",") : [],
      }
    : period;
  const errors = failed?.fieldErrors;
  const { optionFor, remember } = useRememberedOptions(destinations);
  const chosen = (values?.destinationIds ?? []).map(optionFor).filter((option) => option !== null);
  return (
    <RecordForm
      action={action}
      result={result}
      conflictLabels={{
        label: t("label"),
        startYear: t("startYear"),
        endYear: t("endYear"),
        destinationIds: t("destinations"),
      }}
      record={period}
      look="plainWide"
      success={tRecords("saved")}
    >
      <FormField
        label={t("label")}
        name="label"
        required
        maxLength={maxCodeLength}
        autoComplete="off"
        hint={t("labelHint")}
        defaultValue={values?.label}
        errors={errors?.label}
        className="w-64 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
      />
      <div className="flex flex-wrap gap-4">
        <FormField
          label={t("startYear")}
          name="startYear"
          type="number"
          inputMode="numeric"
          min={acceptedYears.first}
          max={acceptedYears.last}
          required
          defaultValue={values?.startYear}
          errors={errors?.startYear}
          className={yearInput}
        />
        <FormField
          label={t("endYear")}
          name="endYear"
          type="number"
          inputMode="numeric"
          min={acceptedYears.first}
          max={acceptedYears.last}
          required
          defaultValue={values?.endYear}
          errors={errors?.endYear}
          className={yearInput}
        />
      </div>
      <MultiOptionPickerField
        label={t("destinations")}
        name="destinationIds"
        kind="destinations"
        initial={chosen}
        errors={errors?.destinationIds}
        onChoose={remember}
      />
    </RecordForm>
  );
}

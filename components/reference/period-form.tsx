"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPeriodAction, updatePeriodAction } from "@/app/(app)/admin/reference/actions";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { FieldErrors } from "./form-controls";

export type PeriodFormValues = { id: string; version: number; label: string; startYear: string; endYear: string; destinationIds: string[] };

const yearInput = "w-32 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600";

/** Creates a priority period, or edits one; its priority destinations are a group of checkboxes. */
export function PeriodForm({ period, destinations }: { period?: PeriodFormValues; destinations: { id: string; label: string }[] }) {
  const t = useTranslations("reference.periods");
  const tRecords = useTranslations("records");
  const [result, action] = useActionState(period ? updatePeriodAction : createPeriodAction, null);
  const failed = result && !result.ok ? result : null;
  const typed = failed?.values;
  // The action sends the chosen destinations back as one comma-separated value.
  const values: Omit<PeriodFormValues, "id" | "version"> | undefined = typed
    ? { label: typed.label ?? "", startYear: typed.startYear ?? "", endYear: typed.endYear ?? "", destinationIds: typed.destinationIds ? typed.destinationIds.split(",") : [] }
    : period;
  const errors = failed?.fieldErrors;
  const selected = new Set(values?.destinationIds ?? []);
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4">
      <ConflictNotice
        conflict={failed?.conflict}
        labels={{ label: t("label"), startYear: t("startYear"), endYear: t("endYear"), destinationIds: t("destinations") }}
      />
      <FormMessage result={result} success={tRecords("saved")} />
      {period ? (
        <>
          <input type="hidden" name="id" value={period.id} />
          <input type="hidden" name="version" value={period.version} />
        </>
      ) : null}
      <FormField label={t("label")} name="label" required maxLength={40} autoComplete="off" hint={t("labelHint")} defaultValue={values?.label} errors={errors?.label} className="w-64 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600" />
      <div className="flex flex-wrap gap-4">
        <FormField label={t("startYear")} name="startYear" type="number" inputMode="numeric" min={1900} max={2200} required defaultValue={values?.startYear} errors={errors?.startYear} className={yearInput} />
        <FormField label={t("endYear")} name="endYear" type="number" inputMode="numeric" min={1900} max={2200} required defaultValue={values?.endYear} errors={errors?.endYear} className={yearInput} />
      </div>
      <fieldset aria-describedby={errors?.destinationIds?.length ? "destinationIds-errors" : undefined} className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">{t("destinations")}</legend>
        {destinations.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noDestinationsToChoose")}</p>
        ) : (
          <ul className="grid max-h-80 grid-cols-1 gap-x-4 gap-y-1 overflow-y-auto sm:grid-cols-2">
            {destinations.map((destination) => (
              <li key={destination.id} className="flex items-center gap-2">
                <input
                  id={`destination-${destination.id}`} type="checkbox" name="destinationIds" value={destination.id}
                  defaultChecked={selected.has(destination.id)} className="size-4 accent-brand-600"
                />
                <label htmlFor={`destination-${destination.id}`} className="text-sm">{destination.label}</label>
              </li>
            ))}
          </ul>
        )}
        <FieldErrors name="destinationIds" errors={errors?.destinationIds} />
      </fieldset>
      <div>
        <SubmitButton label={period ? tRecords("save") : tRecords("create")} pendingLabel={period ? tRecords("saving") : tRecords("creating")} />
      </div>
    </form>
  );
}

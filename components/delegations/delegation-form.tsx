"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createDelegationAction, updateDelegationAction } from "@/lib/delegations/actions";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import type { PickerOption } from "@/lib/records/option-query";
import { DelegationOriginFields } from "./delegation-origin-fields";
import type { CheckboxOption } from "@/components/records/option-checkboxes";
import { DeclaredFormFields } from "@/components/records/declared-form-fields";
import { delegationFields } from "@/lib/delegations/fields";

export type DelegationFormOptions = {
  sectors: CheckboxOption[];
  /** The delegation's partners (edit), for their labels: partners are searched, not listed (decision 011). */
  partners: PickerOption[];
  /** The delegation's origin city (edit), for its picker's label and country: cities are searched, not listed. */
  origin: PickerOption | null;
  countries: { code: string; name: string }[];
};

/** The form's fields as text (lists comma-separated), as the edit page loads them and a refusal sends them back. */
export type DelegationFormValues = Record<string, string>;

type Props = { options: DelegationFormOptions; initial?: DelegationFormValues; cancelHref: string };

/** Create (no `initial.id`) or edit a delegation. Dates and times are typed in Paris time. */
export function DelegationForm({ options, initial = {}, cancelHref }: Props) {
  const t = useTranslations("delegations");
  const tRecords = useTranslations("records");
  const isEdit = Boolean(initial.id);
  const [result, action, formKey] = useFormAction(isEdit ? updateDelegationAction : createDelegationAction);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what was typed, not what was loaded.
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const errors = failed?.fieldErrors;
  const labels = Object.fromEntries(
    Object.keys(delegationFields).map((field) => [field, t(`fields.${field}` as never)]),
  );
  const { optionFor, remember } = useRememberedOptions([options.origin, ...options.partners]);
  return (
    <form
      key={formKey}
      action={action}
      className="flex max-w-3xl flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <ConflictNotice conflict={failed?.conflict} labels={labels} />
      <FormMessage result={failed} />
      {isEdit ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : null}
      <DeclaredFormFields
        fields={delegationFields}
        label={(field) => t(`fields.${field}` as never)}
        hint={(field) => (t.has(`hints.${field}` as never) ? t(`hints.${field}` as never) : undefined)}
        value={value}
        errors={errors}
        checkboxOptions={{ sector: options.sectors }}
        noneToChoose={t("noneSelected")}
        optionFor={optionFor}
        onChoose={remember}
        custom={{
          // The origin: a city, or a country alone (the city's country fills it in).
          originDestinationId: (
            <DelegationOriginFields
              origin={optionFor(value("originDestinationId"))}
              countries={options.countries}
              originCountryCode={value("originCountryCode")}
              errors={errors}
              onChoose={remember}
            />
          ),
          originCountryCode: null,
        }}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton
          label={isEdit ? tRecords("save") : tRecords("create")}
          pendingLabel={isEdit ? tRecords("saving") : tRecords("creating")}
        />
        <Link href={cancelHref} className="text-brand-700 underline">
          {tRecords("cancel")}
        </Link>
      </div>
    </form>
  );
}

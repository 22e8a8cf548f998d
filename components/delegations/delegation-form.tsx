"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { createDelegationAction, updateDelegationAction } from "@/lib/delegations/actions";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import type { PickerOption } from "@/lib/records/option-query";
import { DelegationOriginFields } from "./delegation-origin-fields";
import type { CheckboxOption } from "@/components/records/option-checkboxes";
import { DeclaredFormFields, useFieldWords } from "@/components/records/declared-form-fields";
import { RecordForm } from "@/components/records/record-form";
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
  const isEdit = Boolean(initial.id);
  const [result, action, formKey] = useFormAction(isEdit ? updateDelegationAction : createDelegationAction);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what was typed, not what was loaded.
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const errors = failed?.fieldErrors;
  const { conflictLabels, ...words } = useFieldWords("delegations", delegationFields);
  const { optionFor, remember } = useRememberedOptions([options.origin, ...options.partners]);
  return (
    <RecordForm
      key={formKey}
      action={action}
      result={failed}
      conflictLabels={conflictLabels}
      record={initial.id ? { id: initial.id, version: initial.version ?? "" } : undefined}
      cancelHref={cancelHref}
    >
      <DeclaredFormFields
        fields={delegationFields}
        {...words}
        value={value}
        errors={errors}
        checkboxOptions={{ sector: options.sectors }}
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
    </RecordForm>
  );
}

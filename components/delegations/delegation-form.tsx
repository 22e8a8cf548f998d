"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createDelegationAction, updateDelegationAction } from "@/lib/delegations/actions";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MultiOptionPickerField } from "@/components/option-picker/multi-option-picker-field";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import type { PickerOption } from "@/lib/records/option-query";
import { DelegationOriginFields } from "./delegation-origin-fields";
import { OptionCheckboxes, type CheckboxOption } from "./option-checkboxes";
import { TextAreaField } from "./text-area-field";
import { delegationFields } from "@/lib/delegations/fields";
import { inputLimits } from "@/lib/records/fields";

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
  const list = (field: string) => value(field).split(",").filter(Boolean);
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
      <FormField
        label={t("fields.title")}
        name="title"
        {...inputLimits(delegationFields.title)}
        defaultValue={value("title")}
        errors={errors?.title}
      />
      <DelegationOriginFields
        origin={optionFor(value("originDestinationId"))}
        countries={options.countries}
        originCountryCode={value("originCountryCode")}
        errors={errors}
        onChoose={remember}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("fields.arrivalAt")}
          name="arrivalAt"
          type="datetime-local"
          required
          defaultValue={value("arrivalAt")}
          errors={errors?.arrivalAt}
        />
        <FormField
          label={t("fields.departureAt")}
          name="departureAt"
          type="datetime-local"
          required
          defaultValue={value("departureAt")}
          errors={errors?.departureAt}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("fields.size")}
          name="size"
          type="number"
          inputMode="numeric"
          {...inputLimits(delegationFields.size)}
          defaultValue={value("size")}
          errors={errors?.size}
        />
        <FormField
          label={t("fields.hostName")}
          name="hostName"
          {...inputLimits(delegationFields.hostName)}
          defaultValue={value("hostName")}
          errors={errors?.hostName}
        />
      </div>
      <OptionCheckboxes
        name="sectorIds"
        legend={t("fields.sectorIds")}
        options={options.sectors}
        selected={list("sectorIds")}
        errors={errors?.sectorIds}
        emptyLabel={t("noneSelected")}
      />
      <MultiOptionPickerField
        label={t("fields.partnerIds")}
        name="partnerIds"
        kind="partners"
        initial={list("partnerIds")
          .map(optionFor)
          .filter((option) => option !== null)}
        errors={errors?.partnerIds}
        onChoose={remember}
      />
      <TextAreaField
        label={t("fields.programme")}
        name="programme"
        {...inputLimits(delegationFields.programme)}
        defaultValue={value("programme")}
        errors={errors?.programme}
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

"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { OptionCheckboxes, type CheckboxOption } from "@/components/delegations/option-checkboxes";
import { TextAreaField } from "@/components/delegations/text-area-field";
import { MultiOptionPickerField } from "@/components/option-picker/multi-option-picker-field";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PickerOption } from "@/lib/records/option-query";
import { eventFields } from "@/lib/events/fields";
import { inputLimits } from "@/lib/records/fields";

/** Sectors and objectives are offered whole; partners are searched, so only the event's own come, for their labels (decision 011). */
export type EventFormOptions = { sectors: CheckboxOption[]; partners: PickerOption[]; objectives: CheckboxOption[] };

type Props = { options: EventFormOptions; initial?: Record<string, string>; cancelHref: string };

/** Create (no `initial.id`) or edit an international event. Dates and times are typed in Paris time. */
export function EventForm({ options, initial = {}, cancelHref }: Props) {
  const t = useTranslations("events");
  const tRecords = useTranslations("records");
  const isEdit = Boolean(initial.id);
  const [result, action, formKey] = useFormAction(isEdit ? updateEventAction : createEventAction);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what was typed, not what was loaded.
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const list = (field: string) => value(field).split(",").filter(Boolean);
  const errors = failed?.fieldErrors;
  const labels = Object.fromEntries(Object.keys(eventFields).map((field) => [field, t(`fields.${field}` as never)]));
  // Kept above the keyed form: after a refusal the partners sent back are shown by their labels.
  const { optionFor, remember } = useRememberedOptions(options.partners);
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
        {...inputLimits(eventFields.title)}
        defaultValue={value("title")}
        errors={errors?.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("fields.startsAt")}
          name="startsAt"
          type="datetime-local"
          required
          defaultValue={value("startsAt")}
          errors={errors?.startsAt}
        />
        <FormField
          label={t("fields.endsAt")}
          name="endsAt"
          type="datetime-local"
          required
          defaultValue={value("endsAt")}
          errors={errors?.endsAt}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("fields.venue")}
          name="venue"
          {...inputLimits(eventFields.venue)}
          defaultValue={value("venue")}
          errors={errors?.venue}
        />
        <FormField
          label={t("fields.attendance")}
          name="attendance"
          type="number"
          inputMode="numeric"
          {...inputLimits(eventFields.attendance)}
          hint={t("hints.attendance")}
          defaultValue={value("attendance")}
          errors={errors?.attendance}
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
      <OptionCheckboxes
        name="objectiveIds"
        legend={t("fields.objectiveIds")}
        options={options.objectives}
        selected={list("objectiveIds")}
        errors={errors?.objectiveIds}
        emptyLabel={t("noneSelected")}
      />
      <TextAreaField
        label={t("fields.summary")}
        name="summary"
        {...inputLimits(eventFields.summary)}
        defaultValue={value("summary")}
        errors={errors?.summary}
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

"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import type { CheckboxOption } from "@/components/records/option-checkboxes";
import { DeclaredFormFields } from "@/components/records/declared-form-fields";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PickerOption } from "@/lib/records/option-query";
import { eventFields } from "@/lib/events/fields";

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
      <DeclaredFormFields
        fields={eventFields}
        label={(field) => t(`fields.${field}` as never)}
        hint={(field) => (t.has(`hints.${field}` as never) ? t(`hints.${field}` as never) : undefined)}
        value={value}
        errors={errors}
        checkboxOptions={{ sector: options.sectors, objective: options.objectives }}
        noneToChoose={t("noneSelected")}
        optionFor={optionFor}
        onChoose={remember}
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

"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import type { CheckboxOption } from "@/components/records/option-checkboxes";
import { DeclaredFormFields, useFieldWords } from "@/components/records/declared-form-fields";
import { RecordForm } from "@/components/records/record-form";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import type { PickerOption } from "@/lib/records/option-query";
import { eventFields } from "@/lib/events/fields";

/** Sectors and objectives are offered whole; partners are searched, so only the event's own come, for their labels (decision 011). */
export type EventFormOptions = { sectors: CheckboxOption[]; partners: PickerOption[]; objectives: CheckboxOption[] };

type Props = { options: EventFormOptions; initial?: Record<string, string>; cancelHref: string };

/** Create (no `initial.id`) or edit an international event. Dates and times are typed in Paris time. */
export function EventForm({ options, initial = {}, cancelHref }: Props) {
  const isEdit = Boolean(initial.id);
  const [result, action, formKey] = useFormAction(isEdit ? updateEventAction : createEventAction);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what was typed, not what was loaded.
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const { conflictLabels, ...words } = useFieldWords("events", eventFields);
  // Kept above the keyed form: after a refusal the partners sent back are shown by their labels.
  const { optionFor, remember } = useRememberedOptions(options.partners);
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
        fields={eventFields}
        {...words}
        value={value}
        errors={failed?.fieldErrors}
        checkboxOptions={{ sector: options.sectors, objective: options.objectives }}
        optionFor={optionFor}
        onChoose={remember}
      />
    </RecordForm>
  );
}

"use client";

import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { OptionKind, PickerOption } from "@/lib/records/option-query";
import { MultiOptionCombobox } from "./multi-option-combobox";

type Props = {
  label: string;
  /** The form field each chosen id is submitted as (one hidden input each); also the text input's id. */
  name: string;
  kind: OptionKind;
  /** The entries the field holds when the form opens, their labels rendered by the server. */
  initial: PickerOption[];
  errors?: string[] | undefined;
  hint?: string;
  /** Told of every entry added, so a form that remounts after an answer can show its label again. */
  onChoose?: (option: PickerOption) => void;
};

/**
 * A multi-choice form field over a long list (destinations, partners): a searchable picker whose
 * entries travel as repeated hidden inputs named `name`, so the action reads them as it read a
 * group of checkboxes (formData.getAll).
 */
export function MultiOptionPickerField({ label, name, kind, initial, errors, hint, onChoose }: Props) {
  const [chosen, setChosen] = useState(initial);
  const describedBy =
    [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(" ") || undefined;
  return (
    <FormField label={label} name={name} errors={errors} {...(hint ? { hint } : {})}>
      {chosen.map((option) => (
        <input key={option.id} type="hidden" name={name} value={option.id} />
      ))}
      <MultiOptionCombobox
        kind={kind}
        inputId={name}
        initial={initial}
        onChange={(next) => {
          const known = new Set(chosen.map((option) => option.id));
          for (const option of next) if (!known.has(option.id)) onChoose?.(option);
          setChosen(next);
        }}
        fieldLabel={label}
        invalid={Boolean(errors?.length)}
        describedBy={describedBy}
      />
    </FormField>
  );
}

"use client";

import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { OptionKind, PickerOption } from "@/lib/records/option-query";
import { OptionCombobox } from "./option-combobox";

type Props = {
  label: string;
  /** The form field the chosen id is submitted as (a hidden input); also the text input's id. */
  name: string;
  kind: OptionKind;
  /** The entry the field holds when the form opens, its label rendered by the server. */
  initial: PickerOption | null;
  /** Shown when nothing is chosen ("Aucune"). */
  placeholder: string;
  errors?: string[] | undefined;
  hint?: string;
  /** Told of every choice, so a form that remounts after an answer can show its label again. */
  onChoose?: (option: PickerOption) => void;
  /** Told of every change, the clearing included (null). */
  onChange?: (option: PickerOption | null) => void;
};

/**
 * A single-choice form field over a long list (missions, destinations…): a searchable picker whose
 * choice travels as a hidden input, so the action receives the id as it did from a <select>.
 */
export function OptionPickerField({
  label,
  name,
  kind,
  initial,
  placeholder,
  errors,
  hint,
  onChoose,
  onChange,
}: Props) {
  const [selected, setSelected] = useState(initial);
  const describedBy =
    [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(" ") || undefined;
  return (
    <FormField label={label} name={name} errors={errors} {...(hint ? { hint } : {})}>
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      <OptionCombobox
        kind={kind}
        inputId={name}
        selected={selected}
        onSelect={(option) => {
          setSelected(option);
          if (option) onChoose?.(option);
          onChange?.(option);
        }}
        placeholder={placeholder}
        fieldLabel={label}
        invalid={Boolean(errors?.length)}
        describedBy={describedBy}
      />
    </FormField>
  );
}

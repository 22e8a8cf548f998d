"use client";

import { useCallback, useState } from "react";
import type { PickerOption } from "@/lib/records/option-query";

/**
 * The labels of the entries a form's pickers hold: the server's (on edit) and every one chosen
 * since. useFormAction remounts the form after each answer with only the submitted ids; kept
 * above the keyed form, this lets each picker show its label again.
 */
export function useRememberedOptions(initial: (PickerOption | null)[]): {
  optionFor: (id: string) => PickerOption | null;
  remember: (option: PickerOption) => void;
} {
  const [known, setKnown] = useState(
    () => new Map(initial.filter((option) => option !== null).map((option) => [option.id, option])),
  );
  const remember = useCallback(
    (option: PickerOption) => setKnown((previous) => new Map(previous).set(option.id, option)),
    [],
  );
  const optionFor = useCallback((id: string) => (id ? (known.get(id) ?? null) : null), [known]);
  return { optionFor, remember };
}

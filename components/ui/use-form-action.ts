"use client";

import { useActionState } from "react";

type ServerAction<R> = (previous: R | null, formData: FormData) => Promise<R>;

/**
 * useActionState plus a key that changes with every answer. React resets a form after its action
 * runs, and a reset <select> falls back to its first option even when the server sent the chosen
 * value back (React does not restore it). Keying the form by the attempt remounts it with the
 * values the server returned, so nothing the user chose is lost.
 */
export function useFormAction<R>(
  action: ServerAction<R>,
): [result: R | null, formAction: (formData: FormData) => void, formKey: number] {
  type State = { result: R | null; attempt: number };
  const [state, formAction] = useActionState<State, FormData>(
    async (previous, formData) => ({ result: await action(previous.result, formData), attempt: previous.attempt + 1 }),
    { result: null, attempt: 0 },
  );
  return [state.result, formAction, state.attempt];
}

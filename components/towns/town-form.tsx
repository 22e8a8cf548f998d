"use client";

import { useActionState } from "react";
import { DeclaredFormFields, useFieldWords } from "@/components/records/declared-form-fields";
import { RecordForm } from "@/components/records/record-form";
import { townFields } from "@/lib/towns/fields";
import { createTownAction, updateTownAction } from "@/lib/towns/actions";

/** The form's fields as text, as the edit page loads them (with the id and version it edits). */
export type TownFormValues = Record<string, string>;

/** Creates a town, or edits one (prefilled, posting the version it loaded). */
export function TownForm({ initial = {} }: { initial?: TownFormValues }) {
  const [result, action] = useActionState(initial.id ? updateTownAction : createTownAction, null);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what the user typed, not the stored record.
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const { conflictLabels, ...words } = useFieldWords("towns", townFields);
  return (
    <RecordForm
      action={action}
      result={result}
      conflictLabels={conflictLabels}
      record={initial.id ? { id: initial.id, version: initial.version ?? "" } : undefined}
      look="plain"
    >
      <DeclaredFormFields fields={townFields} {...words} value={value} errors={failed?.fieldErrors} />
    </RecordForm>
  );
}

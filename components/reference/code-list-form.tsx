"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { DeclaredFormFields, useFieldWords } from "@/components/records/declared-form-fields";
import { RecordForm } from "@/components/records/record-form";
import { createCodeListEntryAction, updateCodeListEntryAction } from "@/lib/reference/actions";
import { codeListFields } from "@/lib/reference/code-lists/fields";
import type { CodeListKind } from "@/lib/reference/code-lists/schemas";

/** The form's fields as text, as the edit page loads them (with the id and version it edits). */
export type CodeListFormValues = Record<string, string>;

/** Creates a sector or objective, or edits one (prefilled, posting the version it loaded). */
export function CodeListForm({ kind, initial = {} }: { kind: CodeListKind; initial?: CodeListFormValues }) {
  const tRecords = useTranslations("records");
  const [result, action] = useActionState(initial.id ? updateCodeListEntryAction : createCodeListEntryAction, null);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what the user typed, not the stored entry.
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const { conflictLabels, ...words } = useFieldWords("reference.codeLists", codeListFields);
  return (
    <RecordForm
      action={action}
      result={result}
      conflictLabels={conflictLabels}
      record={initial.id ? { id: initial.id, version: initial.version ?? "" } : undefined}
      look="plain"
      success={tRecords("saved")}
    >
      <input type="hidden" name="list" value={kind} />
      <DeclaredFormFields fields={codeListFields} {...words} value={value} errors={failed?.fieldErrors} />
    </RecordForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import { DeclaredFormFields, useFieldWords, type FormNamespace } from "@/components/records/declared-form-fields";
import { RecordForm } from "@/components/records/record-form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ReactNode } from "react";
import type { ActionResult, ConflictField, FieldErrors } from "@/lib/action-result";
import type { Fields } from "@/lib/records/fields";

// The whole form of an area whose every field is declared and shown as its kind says (towns,
// destinations, partners, sectors and objectives): create or save, the conflict panel with the
// stored values in words, what was typed kept after a refusal.

// A method's parameters are compared both ways, so an action typed with its own result fits.
type FormAction = {
  action(previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>>;
}["action"];

type Props = {
  namespace: FormNamespace;
  fields: Fields;
  create: FormAction;
  update: FormAction;
  /** The record's values as text with its id and version (editing), or a new record's defaults. */
  initial?: Record<string, string>;
  /** Sent with every save besides the fields (which list a code belongs to). */
  hidden?: Record<string, string>;
  /** Said once saved, when the form stays on its page. */
  success?: string;
  /** The submit button's words, when not the plain "create" or "save" (answering a follow-up). */
  submit?: { label: string; pendingLabel: string };
  /** The controls the area renders itself (a link among the parent's entries), from what the form holds. */
  custom?: (value: (name: string) => string, errors: FieldErrors | undefined) => Record<string, ReactNode | null>;
};

export function DeclaredRecordForm({
  namespace,
  fields,
  create,
  update,
  initial = {},
  hidden = {},
  success,
  submit,
  custom,
}: Props) {
  const tRecords = useTranslations("records");
  const [result, action, formKey] = useFormAction(initial.id ? update : create);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows exactly what was sent (an unticked box sends nothing).
  const value = (field: string) => (failed ? (failed.values?.[field] ?? "") : (initial[field] ?? ""));
  const { conflictLabels, ...words } = useFieldWords(namespace, fields);
  // The stored choices and yes/no in words, as the form shows them.
  const conflict = failed?.conflict?.map((change): ConflictField => {
    const field = fields[change.field];
    if (field?.kind === "choice" && change.current)
      return { ...change, current: words.choiceLabel(field.labels, change.current) };
    if (field?.kind === "yesNo") return { ...change, current: tRecords(change.current === "true" ? "yes" : "no") };
    return change;
  });
  return (
    <RecordForm
      key={formKey}
      action={action}
      result={result}
      conflict={conflict}
      conflictLabels={conflictLabels}
      record={initial.id ? { id: initial.id, version: initial.version ?? "" } : undefined}
      look="plain"
      {...(success ? { success } : {})}
      {...(submit ? { submit: <SubmitButton {...submit} /> } : {})}
    >
      {Object.entries(hidden).map(([name, text]) => (
        <input key={name} type="hidden" name={name} value={text} />
      ))}
      <DeclaredFormFields
        fields={fields}
        {...words}
        value={value}
        errors={failed?.fieldErrors}
        {...(custom ? { custom: custom(value, failed?.fieldErrors) } : {})}
      />
    </RecordForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { DeclaredFormFields, useFieldWords } from "@/components/records/declared-form-fields";
import { RecordForm } from "@/components/records/record-form";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ConflictField } from "@/lib/action-result";
import { partnerFields } from "@/lib/partners/fields";
import { createPartnerAction, updatePartnerAction } from "@/lib/partners/actions";
import { defaultFormValuesOf } from "@/lib/records/fields";

/** The form's fields as text, as the edit page loads them (with the id and version it edits). */
export type PartnerFormValues = Record<string, string>;

/** Creates a partner organisation (active unless unticked), or edits one (posting the version it loaded). */
export function PartnerForm({ initial = defaultFormValuesOf(partnerFields) }: { initial?: PartnerFormValues }) {
  const t = useTranslations("partners");
  const [result, action, formKey] = useFormAction(initial.id ? updatePartnerAction : createPartnerAction);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows exactly what was sent (an unticked box sends nothing).
  const value = (field: string) => (failed ? (failed.values?.[field] ?? "") : (initial[field] ?? ""));
  const { conflictLabels, ...words } = useFieldWords("partners", partnerFields);
  // The stored kind and state in words, as the form shows them.
  const conflict = failed?.conflict?.map((change): ConflictField =>
    change.field === "kind" && change.current
      ? { ...change, current: words.choiceLabel(partnerFields.kind.labels, change.current) }
      : change.field === "isActive"
        ? { ...change, current: change.current === "true" ? t("active") : t("inactive") }
        : change,
  );
  return (
    <RecordForm
      key={formKey}
      action={action}
      result={result}
      conflict={conflict}
      conflictLabels={conflictLabels}
      record={initial.id ? { id: initial.id, version: initial.version ?? "" } : undefined}
      look="plain"
    >
      <DeclaredFormFields fields={partnerFields} {...words} value={value} errors={failed?.fieldErrors} />
    </RecordForm>
  );
}

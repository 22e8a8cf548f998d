"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createCodeListEntryAction, updateCodeListEntryAction } from "@/lib/reference/actions";
import { RecordForm } from "@/components/records/record-form";
import { FormField } from "@/components/ui/form-field";
import type { CodeListKind } from "@/lib/reference/code-lists/schemas";
import { maxCodeLength, maxNameLength } from "@/lib/records/fields";

export type CodeListFormValues = { id: string; version: number; code: string; nameFr: string; nameEn: string };

/** Creates a sector or objective, or edits one (prefilled, posting the version it loaded). */
export function CodeListForm({ kind, entry }: { kind: CodeListKind; entry?: CodeListFormValues }) {
  const t = useTranslations("reference.codeLists");
  const tRecords = useTranslations("records");
  const [result, action] = useActionState(entry ? updateCodeListEntryAction : createCodeListEntryAction, null);
  const failed = result && !result.ok ? result : null;
  const values = failed?.values ?? entry;
  const errors = failed?.fieldErrors;
  return (
    <RecordForm
      action={action}
      result={result}
      conflictLabels={{ code: t("code"), nameFr: t("nameFr"), nameEn: t("nameEn") }}
      record={entry}
      look="plain"
      success={tRecords("saved")}
    >
      <input type="hidden" name="list" value={kind} />
      <FormField
        label={t("code")}
        name="code"
        required
        maxLength={maxCodeLength}
        autoComplete="off"
        hint={t("codeHint")}
        defaultValue={values?.code}
        errors={errors?.code}
        className="w-64 rounded-md border border-slate-300 px-3 py-2 uppercase aria-invalid:border-red-600"
      />
      <FormField
        label={t("nameFr")}
        name="nameFr"
        lang="fr"
        required
        maxLength={maxNameLength}
        autoComplete="off"
        defaultValue={values?.nameFr}
        errors={errors?.nameFr}
      />
      <FormField
        label={t("nameEn")}
        name="nameEn"
        lang="en"
        required
        maxLength={maxNameLength}
        autoComplete="off"
        defaultValue={values?.nameEn}
        errors={errors?.nameEn}
      />
    </RecordForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createTownAction, updateTownAction } from "@/lib/towns/actions";
import { RecordForm } from "@/components/records/record-form";
import { FormField } from "@/components/ui/form-field";
import { maxNameLength } from "@/lib/records/fields";
import { inseeCodeLength } from "@/lib/towns/fields";

export type TownFormValues = { id: string; version: number; name: string; inseeCode: string; connectedOn: string };

/** Creates a town, or edits one (prefilled, posting the version it loaded). */
export function TownForm({ town }: { town?: TownFormValues }) {
  const t = useTranslations("towns");
  const [result, action] = useActionState(town ? updateTownAction : createTownAction, null);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what the user typed, not the stored record.
  const values = failed?.values ?? town;
  const errors = failed?.fieldErrors;
  return (
    <RecordForm
      action={action}
      result={result}
      conflictLabels={{ name: t("name"), inseeCode: t("inseeCode"), connectedOn: t("connectedOn") }}
      record={town}
      look="plain"
    >
      <FormField
        label={t("name")}
        name="name"
        required
        maxLength={maxNameLength}
        autoComplete="off"
        defaultValue={values?.name}
        errors={errors?.name}
      />
      <FormField
        label={t("inseeCode")}
        name="inseeCode"
        maxLength={inseeCodeLength}
        autoComplete="off"
        hint={t("inseeCodeHint")}
        defaultValue={values?.inseeCode}
        errors={errors?.inseeCode}
        className="w-32 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
      />
      <FormField
        label={t("connectedOn")}
        name="connectedOn"
        type="date"
        hint={t("connectedOnHint")}
        defaultValue={values?.connectedOn}
        errors={errors?.connectedOn}
        className="w-48 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
      />
    </RecordForm>
  );
}

"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { createPartnerAction, updatePartnerAction } from "@/lib/partners/actions";
import { CheckboxField, SelectField } from "@/components/ui/form-field";
import { RecordForm } from "@/components/records/record-form";
import { FormField } from "@/components/ui/form-field";
import type { ConflictField } from "@/lib/action-result";
import { partnerKinds } from "@/lib/partners/list-params";
import { maxCodeLength, maxTitleLength } from "@/lib/records/fields";

export type PartnerFormValues = {
  id: string;
  version: number;
  name: string;
  shortName: string;
  kind: string;
  isActive: boolean;
};

/** Creates a partner organisation, or edits one (prefilled, posting the version it loaded). */
export function PartnerForm({ partner }: { partner?: PartnerFormValues }) {
  const t = useTranslations("partners");
  const tForm = useTranslations("reference.partners");
  const [result, action, formKey] = useFormAction(partner ? updatePartnerAction : createPartnerAction);
  const failed = result && !result.ok ? result : null;
  const typed = failed?.values;
  // A new organisation is active; after a refusal the form shows what was submitted.
  const values: Omit<PartnerFormValues, "id" | "version"> = typed
    ? {
        name: typed.name ?? "",
        shortName: typed.shortName ?? "",
        kind: typed.kind ?? "",
        isActive: typed.isActive === "on",
      }
    : (partner ?? { name: "", shortName: "", kind: "", isActive: true });
  const errors = failed?.fieldErrors;
  const conflict = failed?.conflict?.map((change): ConflictField => {
    if (change.field === "kind" && (partnerKinds as string[]).includes(change.current))
      return { ...change, current: t(`kinds.${change.current as (typeof partnerKinds)[number]}`) };
    if (change.field === "isActive")
      return { ...change, current: change.current === "true" ? t("active") : t("inactive") };
    return change;
  });
  return (
    <RecordForm
      key={formKey}
      action={action}
      result={result}
      conflict={conflict}
      conflictLabels={{ name: t("name"), shortName: t("shortName"), kind: t("kind"), isActive: tForm("isActive") }}
      record={partner}
      look="plain"
    >
      <FormField
        label={t("name")}
        name="name"
        required
        maxLength={maxTitleLength}
        autoComplete="off"
        defaultValue={values.name}
        errors={errors?.name}
      />
      <FormField
        label={t("shortName")}
        name="shortName"
        required
        maxLength={maxCodeLength}
        autoComplete="off"
        defaultValue={values.shortName}
        errors={errors?.shortName}
        className="w-48 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
      />
      <SelectField label={t("kind")} name="kind" required defaultValue={values.kind} errors={errors?.kind}>
        <option value="" disabled>
          {tForm("chooseKind")}
        </option>
        {partnerKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={tForm("isActive")}
        name="isActive"
        hint={tForm("isActiveHint")}
        defaultChecked={values.isActive}
        errors={errors?.isActive}
      />
    </RecordForm>
  );
}

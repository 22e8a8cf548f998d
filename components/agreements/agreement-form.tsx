"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { createAgreementAction, updateAgreementAction } from "@/lib/agreements/actions";
import { CheckboxField, SelectField, TextAreaField } from "@/components/ui/form-field";
import { OptionPickerField } from "@/components/option-picker/option-picker-field";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ConflictField } from "@/lib/action-result";
import { agreementKinds, themeRowsOf } from "@/lib/agreements/schemas";
import type { PickerOption } from "@/lib/records/option-query";
import { AgreementThemeRows } from "./agreement-theme-rows";
import { maxLongTextLength, maxTitleLength } from "@/lib/records/fields";

export type AgreementFormValues = {
  id: string;
  version: number;
  title: string;
  kind: string;
  counterpart: string;
  destinationId: string;
  startDate: string;
  endDate: string;
  isExclusive: boolean;
  notes: string;
  missionId: string;
  themes: { year: string; theme: string }[];
};

type ShownValues = Omit<AgreementFormValues, "id" | "version">;

/** What the user submitted, to show it back after a refusal. */
function submittedValues(typed: Record<string, string>): ShownValues {
  const text = (name: string) => typed[name] ?? "";
  return {
    title: text("title"),
    kind: text("kind"),
    counterpart: text("counterpart"),
    destinationId: text("destinationId"),
    startDate: text("startDate"),
    endDate: text("endDate"),
    isExclusive: typed.isExclusive === "on",
    notes: text("notes"),
    missionId: text("missionId"),
    themes: themeRowsOf(typed),
  };
}

const dateClassName = "w-48 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600";

type Props = {
  agreement?: AgreementFormValues;
  /** The agreement's destination (edit), for its picker's label: destinations are searched, not listed (docs/decisions/011). */
  destination: PickerOption | null;
  /** The mission it was signed on (edit), for its picker's label: fifty thousand missions are searched, not listed. */
  mission: PickerOption | null;
};

/** Creates an agreement, or edits one (prefilled, posting the version it loaded). */
export function AgreementForm({ agreement, destination, mission }: Props) {
  const t = useTranslations("agreements");
  const tRecords = useTranslations("records");
  const [result, action, formKey] = useFormAction(agreement ? updateAgreementAction : createAgreementAction);
  const failed = result && !result.ok ? result : null;
  // After a refusal the form shows what the user typed, not the stored record.
  const values: ShownValues | undefined = failed?.values ? submittedValues(failed.values) : agreement;
  const errors = failed?.fieldErrors;
  const { optionFor, remember } = useRememberedOptions([destination, mission]);
  const labels = {
    title: t("title"),
    kind: t("kind"),
    counterpart: t("counterpart"),
    destinationId: t("destination"),
    startDate: t("startDate"),
    endDate: t("endDate"),
    isExclusive: t("isExclusive"),
    notes: t("notes"),
    missionId: t("mission"),
    themes: t("themes"),
  };
  // Stored enum and yes/no values, as people read them.
  const conflict = failed?.conflict?.map((change): ConflictField => {
    if (change.field === "kind" && (agreementKinds as string[]).includes(change.current))
      return { ...change, current: t(`kinds.${change.current as (typeof agreementKinds)[number]}`) };
    if (change.field === "isExclusive")
      return { ...change, current: change.current === "true" ? tRecords("yes") : tRecords("no") };
    return change;
  });
  return (
    <form key={formKey} action={action} className="flex max-w-2xl flex-col gap-4">
      <ConflictNotice conflict={conflict} labels={labels} />
      <FormMessage result={result} />
      {agreement ? (
        <>
          <input type="hidden" name="id" value={agreement.id} />
          <input type="hidden" name="version" value={agreement.version} />
        </>
      ) : null}
      <FormField
        label={t("title")}
        name="title"
        required
        maxLength={maxTitleLength}
        autoComplete="off"
        defaultValue={values?.title}
        errors={errors?.title}
      />
      <SelectField label={t("kind")} name="kind" required defaultValue={values?.kind ?? ""} errors={errors?.kind}>
        <option value="" disabled>
          {t("choose")}
        </option>
        {agreementKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        label={t("counterpart")}
        name="counterpart"
        required
        maxLength={maxTitleLength}
        hint={t("counterpartHint")}
        defaultValue={values?.counterpart}
        errors={errors?.counterpart}
      />
      <OptionPickerField
        label={t("destination")}
        name="destinationId"
        kind="destinations"
        initial={optionFor(values?.destinationId ?? "")}
        placeholder={t("choose")}
        errors={errors?.destinationId}
        onChoose={remember}
      />
      <div className="flex flex-wrap gap-4">
        <FormField
          label={t("startDate")}
          name="startDate"
          type="date"
          required
          defaultValue={values?.startDate}
          errors={errors?.startDate}
          className={dateClassName}
        />
        <FormField
          label={t("endDate")}
          name="endDate"
          type="date"
          hint={t("endDateHint")}
          defaultValue={values?.endDate}
          errors={errors?.endDate}
          className={dateClassName}
        />
      </div>
      <CheckboxField
        label={t("isExclusive")}
        name="isExclusive"
        hint={t("isExclusiveHint")}
        defaultChecked={values?.isExclusive ?? false}
        errors={errors?.isExclusive}
      />
      <OptionPickerField
        label={t("mission")}
        name="missionId"
        kind="missions"
        hint={t("missionHint")}
        initial={optionFor(values?.missionId ?? "")}
        placeholder={t("noMission")}
        errors={errors?.missionId}
        onChoose={remember}
      />
      {/* Re-keyed after each refusal so the rows start again from what was submitted. */}
      <AgreementThemeRows key={JSON.stringify(failed ?? null)} initial={values?.themes ?? []} errors={errors} />
      <TextAreaField
        label={t("notes")}
        name="notes"
        maxLength={maxLongTextLength}
        defaultValue={values?.notes}
        errors={errors?.notes}
      />
      <div>
        <SubmitButton
          label={agreement ? tRecords("save") : tRecords("create")}
          pendingLabel={agreement ? tRecords("saving") : tRecords("creating")}
        />
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import {
  createJointActionAction,
  updateJointActionAction,
  type JointActionFormResult,
} from "@/lib/joint-actions/actions";
import { TextAreaField } from "@/components/ui/form-field";
import { OptionPickerField } from "@/components/option-picker/option-picker-field";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import { RecordForm } from "@/components/records/record-form";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { JointActionFormOptions, JointActionLinkField } from "@/lib/joint-actions/form-options";
import { jointActionKinds, maxCount } from "@/lib/joint-actions/form-fields";
import type { OptionKind } from "@/lib/records/option-query";
import { SelectField } from "./select-field";
import { SimilarRecords } from "./similar-records";
import { maxLongTextLength, maxTitleLength } from "@/lib/records/fields";

const conflictFields = [
  "date",
  "kind",
  "title",
  "description",
  "missionId",
  "delegationId",
  "eventId",
  "destinationId",
  "objectiveId",
  "outcome",
  "contactsCount",
  "investorLeadsCount",
] as const;

type Props = { options: JointActionFormOptions; initial?: Record<string, string>; cancelHref: string };

const linkKinds: Record<JointActionLinkField, OptionKind> = {
  destinationId: "destinations",
  missionId: "missions",
  delegationId: "delegations",
  eventId: "events",
};

/** Create (no `initial.id`) or edit a joint action. Partner users have no organisation choice: theirs is used. */
export function JointActionForm({ options, initial = {}, cancelHref }: Props) {
  const t = useTranslations("jointActions");
  const tRecords = useTranslations("records");
  const isEdit = Boolean(initial.id);
  const [result, action, formKey] = useFormAction<JointActionFormResult>(
    isEdit ? updateJointActionAction : createJointActionAction,
  );
  const failed = result && !result.ok ? result : null;
  const similar = failed && "similar" in failed ? failed.similar : null;
  const refusal = failed && !("similar" in failed) ? failed : null;
  // After a refusal the form shows what was typed, not what was loaded.
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const errors = refusal?.fieldErrors;
  const labels = Object.fromEntries(conflictFields.map((field) => [field, t(`fields.${field}`)]));
  const { optionFor, remember } = useRememberedOptions(Object.values(options.linked));
  const link = (field: JointActionLinkField) => (
    <OptionPickerField
      label={t(`fields.${field}`)}
      name={field}
      kind={linkKinds[field]}
      initial={optionFor(value(field))}
      placeholder={t("noChoice")}
      errors={errors?.[field]}
      onChoose={remember}
    />
  );
  return (
    <RecordForm
      key={formKey}
      action={action}
      result={refusal}
      conflictLabels={labels}
      record={initial.id ? { id: initial.id, version: initial.version ?? "" } : undefined}
      cancelHref={cancelHref}
      submit={
        // Similar records were found: saving again confirms it is not one of them.
        similar ? (
          <>
            <input type="hidden" name="confirmSimilar" value="1" />
            <SubmitButton label={t("saveAnyway")} pendingLabel={tRecords("creating")} />
          </>
        ) : undefined
      }
    >
      {options.choosesPartner ? (
        <OptionPickerField
          label={t("fields.partnerId")}
          name="partnerId"
          kind="partners"
          initial={optionFor(value("partnerId"))}
          placeholder={t("chooseOne")}
          errors={errors?.partnerId}
          onChoose={remember}
        />
      ) : null}
      <FormField
        label={t("fields.title")}
        name="title"
        required
        maxLength={maxTitleLength}
        defaultValue={value("title")}
        errors={errors?.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("fields.date")}
          name="date"
          type="date"
          required
          hint={t("hints.date")}
          defaultValue={value("date")}
          errors={errors?.date}
        />
        <SelectField
          label={t("fields.kind")}
          name="kind"
          required
          value={value("kind")}
          emptyLabel={t("chooseOne")}
          errors={errors?.kind}
          options={jointActionKinds.map((kind) => ({ id: kind, label: t(`kinds.${kind}`) }))}
        />
      </div>
      <TextAreaField
        label={t("fields.description")}
        name="description"
        maxLength={maxLongTextLength}
        defaultValue={value("description")}
        errors={errors?.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {link("destinationId")}
        <SelectField
          label={t("fields.objectiveId")}
          name="objectiveId"
          options={options.objectives}
          value={value("objectiveId")}
          emptyLabel={t("noChoice")}
          errors={errors?.objectiveId}
        />
        {link("missionId")}
        {link("delegationId")}
        {link("eventId")}
      </div>
      <TextAreaField
        label={t("fields.outcome")}
        name="outcome"
        maxLength={maxLongTextLength}
        defaultValue={value("outcome")}
        errors={errors?.outcome}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {(["contactsCount", "investorLeadsCount"] as const).map((field) => (
          <FormField
            key={field}
            label={t(`fields.${field}`)}
            name={field}
            type="number"
            inputMode="numeric"
            min={0}
            max={maxCount}
            step={1}
            hint={t("hints.counts")}
            defaultValue={value(field) || "0"}
            errors={errors?.[field]}
          />
        ))}
      </div>
      {similar ? <SimilarRecords records={similar} /> : null}
    </RecordForm>
  );
}

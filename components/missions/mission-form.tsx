"use client";

import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { createMissionAction, updateMissionAction } from "@/lib/missions/actions";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MultiOptionPickerField } from "@/components/option-picker/multi-option-picker-field";
import { useRememberedOptions } from "@/components/option-picker/use-remembered-options";
import { textLimits } from "@/lib/missions/form-limits";
import type { PickerOption } from "@/lib/records/option-query";
import type { Option } from "@/lib/reference/options";
import { AgendaRows } from "./agenda-rows";
import { CheckboxGroup } from "./checkbox-group";
import { TextAreaField } from "@/components/ui/form-field";
import { ParticipantRows } from "./participant-rows";
import { PartnerRows } from "./partner-rows";
import { SectionCard } from "./section-card";

/** The fields a conflict can name (lib/missions/mission-state.ts), labelled for the notice. */
const conflictFields = [
  "title",
  "startDate",
  "endDate",
  "destinations",
  "sectors",
  "objectives",
  "summary",
  "budgetCents",
  "contactsCount",
  "leadsCount",
  "lettersOfIntentCount",
  "outcomeNotes",
  "nextSteps",
  "practicalNotes",
  "partners",
  "participants",
  "agenda",
] as const;

/**
 * Sectors and objectives are offered whole (a handful each); destinations and partners are searched,
 * so only the labels of those the mission holds come with the form (`chosen`).
 */
export type MissionFormOptions = { sectors: Option[]; objectives: Option[]; chosen: PickerOption[] };

/**
 * The one mission form, for creating and for editing. It always renders from flat `values` (the
 * stored mission, or what the user typed when the server sends the form back), so a refused save
 * keeps every row. The edit form posts the version it was loaded at.
 */
export function MissionForm({
  mode,
  initialValues,
  options,
  cancelHref,
}: {
  mode: "create" | "edit";
  initialValues: Record<string, string>;
  options: MissionFormOptions;
  cancelHref: string;
}) {
  const t = useTranslations("missions");
  const tRecords = useTranslations("records");
  const [result, action, formKey] = useFormAction(mode === "create" ? createMissionAction : updateMissionAction);
  const failure = result && !result.ok ? result : undefined;
  const values = failure?.values ?? initialValues;
  const errors = failure?.fieldErrors;
  const tFields = useTranslations("missions.fields");
  const fieldLabels = Object.fromEntries(conflictFields.map((field) => [field, tFields(field)]));
  // Kept above the keyed form: after a refusal the pickers show the entries sent back by their labels.
  const { optionFor, remember } = useRememberedOptions(options.chosen);
  const chosenDestinations = (values.destinationIds ?? "")
    .split(",")
    .map(optionFor)
    .filter((option) => option !== null);
  return (
    <form key={formKey} action={action} className="flex flex-col gap-6">
      {failure?.conflict ? (
        <ConflictNotice conflict={failure.conflict} labels={fieldLabels} />
      ) : (
        <FormMessage result={failure ?? null} />
      )}
      {mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={values.id ?? ""} />
          <input type="hidden" name="version" value={values.version ?? ""} />
        </>
      ) : null}

      <SectionCard id="mission-general" title={t("sections.general")}>
        <FormField
          label={t("fields.title")}
          name="title"
          required
          maxLength={textLimits.title}
          autoComplete="off"
          defaultValue={values.title}
          errors={errors?.title}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            label={t("fields.startDate")}
            name="startDate"
            type="date"
            required
            defaultValue={values.startDate}
            errors={errors?.startDate}
          />
          <FormField
            label={t("fields.endDate")}
            name="endDate"
            type="date"
            required
            defaultValue={values.endDate}
            errors={errors?.endDate}
          />
        </div>
        <TextAreaField
          label={t("fields.summary")}
          name="summary"
          maxLength={textLimits.longText}
          defaultValue={values.summary}
          errors={errors?.summary}
        />
        <div className="sm:max-w-xs">
          <FormField
            label={t("fields.budget")}
            name="budget"
            inputMode="decimal"
            autoComplete="off"
            hint={t("hints.budget")}
            defaultValue={values.budget}
            errors={errors?.budget}
          />
        </div>
      </SectionCard>

      <SectionCard id="mission-links" title={t("sections.links")}>
        <MultiOptionPickerField
          label={t("fields.destinations")}
          name="destinationIds"
          kind="destinations"
          initial={chosenDestinations}
          hint={t("hints.destinations")}
          errors={errors?.destinationIds}
          onChoose={remember}
        />
        <CheckboxGroup
          legend={t("fields.sectors")}
          name="sectorIds"
          options={options.sectors}
          chosen={values.sectorIds}
          errors={errors?.sectorIds}
        />
        <CheckboxGroup
          legend={t("fields.objectives")}
          name="objectiveIds"
          options={options.objectives}
          chosen={values.objectiveIds}
          errors={errors?.objectiveIds}
        />
      </SectionCard>

      <SectionCard id="mission-partners" title={t("sections.partners")}>
        <p className="text-sm text-slate-600">{t("hints.contribution")}</p>
        <PartnerRows values={values} optionFor={optionFor} onChoose={remember} errors={errors} />
      </SectionCard>

      <SectionCard id="mission-participants" title={t("sections.participants")}>
        <ParticipantRows values={values} errors={errors} />
      </SectionCard>

      <SectionCard id="mission-agenda" title={t("sections.agenda")}>
        <AgendaRows values={values} errors={errors} />
        <TextAreaField
          label={t("fields.practicalNotes")}
          name="practicalNotes"
          maxLength={textLimits.longText}
          hint={t("hints.practicalNotes")}
          defaultValue={values.practicalNotes}
          errors={errors?.practicalNotes}
        />
      </SectionCard>

      <SectionCard id="mission-outcomes" title={t("sections.outcomes")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            label={t("fields.contactsCount")}
            name="contactsCount"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.contactsCount}
            errors={errors?.contactsCount}
          />
          <FormField
            label={t("fields.leadsCount")}
            name="leadsCount"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.leadsCount}
            errors={errors?.leadsCount}
          />
          <FormField
            label={t("fields.lettersOfIntentCount")}
            name="lettersOfIntentCount"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.lettersOfIntentCount}
            errors={errors?.lettersOfIntentCount}
          />
        </div>
        <TextAreaField
          label={t("fields.outcomeNotes")}
          name="outcomeNotes"
          maxLength={textLimits.longText}
          defaultValue={values.outcomeNotes}
          errors={errors?.outcomeNotes}
        />
        <TextAreaField
          label={t("fields.nextSteps")}
          name="nextSteps"
          maxLength={textLimits.longText}
          defaultValue={values.nextSteps}
          errors={errors?.nextSteps}
        />
      </SectionCard>

      <div className="flex flex-wrap items-center gap-4">
        {mode === "create" ? (
          <SubmitButton label={tRecords("create")} pendingLabel={tRecords("creating")} />
        ) : (
          <SubmitButton label={tRecords("save")} pendingLabel={tRecords("saving")} />
        )}
        <Link href={cancelHref} className="text-brand-700 underline">
          {tRecords("cancel")}
        </Link>
      </div>
    </form>
  );
}

"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { MissionStatus } from "@/lib/generated/prisma/enums";
import { changeMissionStatusAction } from "@/lib/missions/actions";
import type { MissionStep } from "@/lib/missions/status";
import { maxReasonLength } from "@/lib/records/fields";

/**
 * Takes one of the steps the user may take now (computed by lib/missions/status.ts): submit,
 * approve, return, confirm, complete, reopen, cancel… A step that must say why (return, reopen,
 * cancel) requires the comment. After a step the page renders it again at the mission's new
 * version: the form starts afresh, and the message says the step was taken.
 */
export function MissionStatusControl({
  missionId,
  version,
  status,
  steps,
  completedLater,
  confirmLater,
}: {
  missionId: string;
  version: number;
  status: MissionStatus;
  steps: Pick<MissionStep, "name" | "to" | "needsComment">[];
  /** True when "completed" is a next step but only from the mission's first day. */
  completedLater: boolean;
  /** The travellers whose authority "confirm" waits for (decision 016). */
  confirmLater: string[];
}) {
  const t = useTranslations("missions.statusControl");
  const tSteps = useTranslations("missions.steps");
  const tStatuses = useTranslations("missions.statuses");
  const tTravellers = useTranslations("missions.travellers");
  const [result, action, formKey] = useFormAction(changeMissionStatusAction);
  const failure = result && !result.ok ? result : undefined;
  // The step chosen at this version: a new version (the step was taken) starts with none.
  const [chosenAt, setChosen] = useState({ version, status: failure?.values?.status ?? "" });
  const chosen = chosenAt.version === version ? chosenAt.status : "";
  const errors = failure?.fieldErrors;
  const needsComment = steps.find((step) => step.to === chosen)?.needsComment ?? false;
  return (
    <div className="flex max-w-md flex-col gap-3">
      <p className="text-sm">{t("current", { status: tStatuses(status) })}</p>
      <FormMessage result={result} success={t("saved")} />
      {steps.length === 0 ? (
        <p className="text-sm text-slate-600">{status === "COMPLETED" ? t("final") : t("nothingForYou")}</p>
      ) : (
        <form key={`${formKey}-${version}`} action={action} className="flex flex-col gap-3">
          <input type="hidden" name="id" value={missionId} />
          <input type="hidden" name="version" value={version} />
          {/* Uncontrolled, so the form reset after a refusal shows what was submitted (failure.values). */}
          <SelectField
            label={t("next")}
            name="status"
            required
            defaultValue={failure?.values?.status ?? ""}
            onChange={(event) => setChosen({ version, status: event.currentTarget.value })}
            errors={errors?.status}
          >
            <option value="">{t("choose")}</option>
            {steps.map((step) => (
              <option key={step.to} value={step.to}>
                {tSteps(step.name)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t("comment")}
            name="comment"
            required={needsComment}
            maxLength={maxReasonLength}
            rows={3}
            hint={needsComment ? t("commentRequiredHint") : t("commentHint")}
            defaultValue={failure?.values?.comment ?? ""}
            errors={errors?.comment}
          />
          <div>
            <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
          </div>
        </form>
      )}
      {completedLater ? <p className="text-sm text-slate-600">{t("completedLater")}</p> : null}
      {confirmLater.length > 0 ? (
        <p className="text-sm text-slate-700">
          {tTravellers("confirmLater")} {confirmLater.join(", ")}.
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { changeMissionStatusAction } from "@/lib/missions/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MissionStatus } from "@/lib/generated/prisma/enums";
import { SelectField, TextAreaField } from "@/components/ui/form-field";
import { maxReasonLength } from "@/lib/records/fields";

/**
 * Moves a mission to one of the statuses allowed next (computed by lib/missions/status.ts); a
 * cancellation asks for its reason. The page re-keys this control by version after each change.
 */
export function MissionStatusControl({
  missionId,
  version,
  status,
  nextStatuses,
  completedLater,
}: {
  missionId: string;
  version: number;
  status: MissionStatus;
  nextStatuses: MissionStatus[];
  /** True when "completed" is a next step but only from the mission's first day. */
  completedLater: boolean;
}) {
  const t = useTranslations("missions.statusControl");
  const tStatuses = useTranslations("missions.statuses");
  const tFields = useTranslations("missions.fields");
  const [result, action, formKey] = useFormAction(changeMissionStatusAction);
  const [chosen, setChosen] = useState("");
  const failure = result && !result.ok ? result : undefined;
  const errors = failure?.fieldErrors;
  return (
    <div className="flex max-w-md flex-col gap-3">
      <p className="text-sm">{t("current", { status: tStatuses(status) })}</p>
      <FormMessage result={result} success={t("saved")} />
      {nextStatuses.length === 0 ? (
        <p className="text-sm text-slate-600">{t("final")}</p>
      ) : (
        <form key={formKey} action={action} className="flex flex-col gap-3">
          <input type="hidden" name="id" value={missionId} />
          <input type="hidden" name="version" value={version} />
          {/* Uncontrolled, so the form reset after a refusal shows what was submitted (failure.values). */}
          <SelectField
            label={t("next")}
            name="status"
            required
            defaultValue={failure?.values?.status ?? ""}
            onChange={(event) => setChosen(event.currentTarget.value)}
            errors={errors?.status}
          >
            <option value="">{t("choose")}</option>
            {nextStatuses.map((next) => (
              <option key={next} value={next}>
                {tStatuses(next)}
              </option>
            ))}
          </SelectField>
          {chosen === "CANCELLED" ? (
            <TextAreaField
              label={tFields("cancellationReason")}
              name="cancellationReason"
              required
              maxLength={maxReasonLength}
              rows={3}
              hint={t("reasonHint")}
              defaultValue={failure?.values?.cancellationReason ?? ""}
              errors={errors?.cancellationReason}
            />
          ) : null}
          <div>
            <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
          </div>
        </form>
      )}
      {completedLater ? <p className="text-sm text-slate-600">{t("completedLater")}</p> : null}
    </div>
  );
}

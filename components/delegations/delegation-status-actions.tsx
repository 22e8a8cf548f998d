"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeDelegationStatusAction } from "@/lib/delegations/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { TextAreaField } from "@/components/ui/form-field";
import { maxReasonLength } from "@/lib/records/fields";

type Props = {
  delegation: { id: string; version: number; title: string };
  /** The changes the status allows now (the page leaves out "welcomed" before the arrival). */
  nextStatuses: readonly DelegationStatus[];
  /** True when "welcomed" is left out only because the delegation has not arrived yet. */
  isWelcomeLater: boolean;
};

/** One confirmed button per allowed status change; cancelling asks for the reason. */
export function DelegationStatusActions({ delegation, nextStatuses, isWelcomeLater }: Props) {
  const t = useTranslations("delegations");
  const tRecords = useTranslations("records");
  const [result, action] = useActionState(changeDelegationStatusAction, null);
  const reasonErrors = result && !result.ok ? result.fieldErrors?.cancellationReason : undefined;
  return (
    <div className="flex flex-col gap-3">
      <FormMessage result={result} success={t("statusChanged")} />
      {reasonErrors ? (
        <p role="alert" className="text-sm text-red-700">
          {t("cancellationReasonError", { message: reasonErrors.join(" ") })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {nextStatuses.map((status) => (
          <ConfirmDialog
            key={status}
            trigger={t(`statusActions.${status}`)}
            message={t(`confirmStatus.${status}`, { name: delegation.title })}
            cancelLabel={tRecords("cancel")}
          >
            <form action={action} className="flex flex-col items-end gap-3">
              <input type="hidden" name="id" value={delegation.id} />
              <input type="hidden" name="version" value={delegation.version} />
              <input type="hidden" name="status" value={status} />
              {status === "CANCELLED" ? (
                <div className="w-full min-w-64">
                  <TextAreaField
                    label={t("fields.cancellationReason")}
                    name="cancellationReason"
                    required
                    maxLength={maxReasonLength}
                    rows={3}
                  />
                </div>
              ) : null}
              <SubmitButton
                label={tRecords("confirm")}
                pendingLabel={tRecords("confirm")}
                variant={status === "CANCELLED" ? "danger" : "primary"}
              />
            </form>
          </ConfirmDialog>
        ))}
      </div>
      {isWelcomeLater ? <p className="text-sm text-slate-600">{t("welcomeLater")}</p> : null}
    </div>
  );
}

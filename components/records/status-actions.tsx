"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { maxReasonLength } from "@/lib/records/fields";

// A record's status changes: one confirmed button per change its status allows now, each posting
// the version the page loaded (a change over a newer save is refused). Cancelling asks for the
// reason where the area keeps one. Words come from the area's messages: statusActions.<STATUS>,
// confirmStatus.<STATUS>, statusChanged, fields.cancellationReason, cancellationReasonError.

type Props = {
  namespace: "delegations" | "events";
  record: { id: string; version: number; title: string };
  /** The changes the status allows now. */
  nextStatuses: readonly string[];
  action: (previous: ActionResult<undefined> | null, formData: FormData) => Promise<ActionResult<undefined>>;
  /** Cancelling asks why (the area keeps the reason). */
  asksWhyCancelled?: boolean;
  /** Said under the buttons when a change is left out only until a date passes. */
  later?: string | undefined;
};

export function StatusActions({ namespace, record, nextStatuses, action, asksWhyCancelled = false, later }: Props) {
  // Keys built from the statuses of either area, which the types of a union namespace cannot check.
  const t = useTranslations(namespace) as unknown as (key: string, values?: Record<string, string>) => string;
  const tRecords = useTranslations("records");
  const [result, formAction] = useActionState(action, null);
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
            message={t(`confirmStatus.${status}`, { name: record.title })}
            cancelLabel={tRecords("cancel")}
          >
            <form action={formAction} className="flex flex-col items-end gap-3">
              <input type="hidden" name="id" value={record.id} />
              <input type="hidden" name="version" value={record.version} />
              <input type="hidden" name="status" value={status} />
              {asksWhyCancelled && status === "CANCELLED" ? (
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
      {later ? <p className="text-sm text-slate-600">{later}</p> : null}
    </div>
  );
}

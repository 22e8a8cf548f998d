"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeEventStatusAction } from "@/lib/events/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { EventStatus } from "@/lib/generated/prisma/enums";

type Props = {
  event: { id: string; version: number; title: string };
  /** The changes the status allows now (the page leaves out "held" before the start). */
  nextStatuses: readonly EventStatus[];
  /** True when "held" is left out only because the event has not started yet. */
  isHoldLater: boolean;
};

/** One confirmed button per allowed status change. */
export function EventStatusActions({ event, nextStatuses, isHoldLater }: Props) {
  const t = useTranslations("events");
  const tRecords = useTranslations("records");
  const [result, action] = useActionState(changeEventStatusAction, null);
  return (
    <div className="flex flex-col gap-3">
      <FormMessage result={result} success={t("statusChanged")} />
      <div className="flex flex-wrap gap-3">
        {nextStatuses.map((status) => (
          <ConfirmDialog
            key={status}
            trigger={t(`statusActions.${status}`)}
            message={t(`confirmStatus.${status}`, { name: event.title })}
            cancelLabel={tRecords("cancel")}
          >
            <form action={action}>
              <input type="hidden" name="id" value={event.id} />
              <input type="hidden" name="version" value={event.version} />
              <input type="hidden" name="status" value={status} />
              <SubmitButton
                label={tRecords("confirm")}
                pendingLabel={tRecords("confirm")}
                variant={status === "CANCELLED" ? "danger" : "primary"}
              />
            </form>
          </ConfirmDialog>
        ))}
      </div>
      {isHoldLater ? <p className="text-sm text-slate-600">{t("holdLater")}</p> : null}
    </div>
  );
}

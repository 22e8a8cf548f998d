"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { closeYearAction, reopenYearAction } from "@/lib/dashboard/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** Close (MANAGER, ADMIN) or reopen (ADMIN) the year, each after a confirmation. */
export function YearCloseControls({
  year,
  isClosed,
  canClose,
  canReopen,
}: {
  year: number;
  isClosed: boolean;
  canClose: boolean;
  canReopen: boolean;
}) {
  const t = useTranslations("dashboard.closure");
  const [closeResult, close] = useActionState(closeYearAction, null);
  const [reopenResult, reopen] = useActionState(reopenYearAction, null);
  if (isClosed ? !canReopen : !canClose) return null;
  return (
    <div className="flex flex-col gap-2">
      <FormMessage result={isClosed ? reopenResult : closeResult} />
      {isClosed ? (
        <ConfirmDialog trigger={t("reopen")} message={t("confirmReopen", { year })} cancelLabel={t("cancel")}>
          <form action={reopen}>
            <input type="hidden" name="year" value={year} />
            <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} variant="danger" />
          </form>
        </ConfirmDialog>
      ) : (
        <ConfirmDialog trigger={t("close")} message={t("confirmClose", { year })} cancelLabel={t("cancel")}>
          <form action={close}>
            <input type="hidden" name="year" value={year} />
            <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} />
          </form>
        </ConfirmDialog>
      )}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { endOwnOtherSessionsAction } from "@/lib/account/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** "End my other sessions", after a confirmation; says how many ended. */
export function EndOtherSessions({ openSessions }: { openSessions: number }) {
  const t = useTranslations("account");
  const [result, action] = useActionState(endOwnOtherSessionsAction, null);
  return (
    <div className="flex flex-col items-start gap-3">
      <p className="max-w-xl text-sm text-slate-600">{t("sessionsBody", { count: openSessions })}</p>
      <FormMessage
        result={result}
        success={result?.ok ? t("otherSessionsEnded", { count: result.data.endedSessions }) : undefined}
      />
      {openSessions > 1 ? (
        <ConfirmDialog trigger={t("endOtherSessions")} message={t("confirmEndOtherSessions")} cancelLabel={t("cancel")}>
          <form action={action}>
            <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} variant="danger" />
          </form>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { revokeAccessTokenAction } from "@/lib/account/actions";

/** Revokes one token or feed address after confirming; the list loses the row once it is done. */
export function RevokeButton({ kind, token }: { kind: "tokens" | "feeds"; token: { id: string; name: string } }) {
  const t = useTranslations("integrations");
  const [result, run] = useActionState(revokeAccessTokenAction, null);
  return (
    <div className="flex flex-col items-start gap-2">
      {result && !result.ok ? <FormMessage result={result} /> : null}
      <ConfirmDialog
        trigger={t("revoke")}
        message={t(`${kind}.confirmRevoke`, { name: token.name })}
        cancelLabel={t("cancel")}
      >
        <form action={run}>
          <input type="hidden" name="id" value={token.id} />
          <SubmitButton label={t("revoke")} pendingLabel={t("revoke")} variant="danger" />
        </form>
      </ConfirmDialog>
    </div>
  );
}

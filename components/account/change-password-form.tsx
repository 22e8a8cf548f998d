"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeOwnPasswordAction } from "@/lib/account/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { passwordMaxLength, passwordMinLength } from "@/lib/auth/limits";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [result, action] = useActionState(changeOwnPasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4">
      <p className="text-sm text-slate-600">{t("passwordEffects")}</p>
      <FormMessage
        result={result}
        success={
          result?.ok
            ? t("passwordChanged", { sessions: result.data.endedSessions, tokens: result.data.revokedTokens })
            : undefined
        }
      />
      <FormField
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        maxLength={passwordMaxLength}
        errors={errors?.currentPassword}
      />
      <FormField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        maxLength={passwordMaxLength}
        hint={t("passwordHint")}
        errors={errors?.newPassword}
      />
      <FormField
        label={t("confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={passwordMaxLength}
        errors={errors?.confirmPassword}
      />
      <div>
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}

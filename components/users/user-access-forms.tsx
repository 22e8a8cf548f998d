"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeRoleAction, endSessionsAction, resetPasswordAction, setActiveAction } from "@/lib/users/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { UserDetail } from "@/lib/users/queries";
import { RoleFields } from "./role-fields";
import { TemporaryPassword } from "./temporary-password";

type Props = {
  user: Pick<UserDetail, "id" | "name" | "role" | "partnerId" | "isActive" | "version">;
  partners: { id: string; name: string }[];
};

function Hidden({ user }: { user: Props["user"] }) {
  return (
    <>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
}

export function ChangeRoleForm({ user, partners }: Props) {
  const t = useTranslations("users");
  const [result, action, formKey] = useFormAction(changeRoleAction);
  const values = result && !result.ok ? result.values : undefined;
  return (
    <form key={formKey} action={action} className="flex max-w-md flex-col gap-4">
      <FormMessage
        result={result}
        success={result?.ok ? t("roleSavedSessionsEnded", { count: result.data.endedSessions }) : undefined}
      />
      <p className="text-sm text-slate-600">{t("confirmRoleChange")}</p>
      <Hidden user={user} />
      <RoleFields
        partners={partners}
        role={values?.role ?? user.role}
        partnerId={values ? values.partnerId : user.partnerId}
        errors={result && !result.ok ? result.fieldErrors : undefined}
      />
      <div>
        <SubmitButton label={t("saveRole")} pendingLabel={t("saveRole")} />
      </div>
    </form>
  );
}

export function AccessForms({ user }: Omit<Props, "partners">) {
  const t = useTranslations("users");
  const [activeResult, setActive] = useActionState(setActiveAction, null);
  const [resetResult, reset] = useActionState(resetPasswordAction, null);
  const [sessionsResult, endSessions] = useActionState(endSessionsAction, null);
  const nextActive = !user.isActive;
  const activeMessage = activeResult?.ok
    ? user.isActive
      ? t("reactivated")
      : t("deactivatedSessionsEnded", { count: activeResult.data.endedSessions })
    : undefined;
  return (
    <div className="flex flex-col gap-4">
      <FormMessage result={activeResult} success={activeMessage} />
      <FormMessage
        result={sessionsResult}
        success={sessionsResult?.ok ? t("sessionsEnded", { count: sessionsResult.data.endedSessions }) : undefined}
      />
      {resetResult?.ok ? (
        <TemporaryPassword name={user.name} password={resetResult.data.temporaryPassword} />
      ) : (
        <FormMessage result={resetResult} />
      )}
      <div className="flex flex-wrap gap-3">
        <ConfirmDialog
          trigger={nextActive ? t("reactivate") : t("deactivate")}
          message={
            nextActive ? t("confirmReactivate", { name: user.name }) : t("confirmDeactivate", { name: user.name })
          }
          cancelLabel={t("cancel")}
        >
          <form action={setActive}>
            <Hidden user={user} />
            <input type="hidden" name="isActive" value={String(nextActive)} />
            <SubmitButton
              label={t("confirm")}
              pendingLabel={t("confirm")}
              variant={nextActive ? "primary" : "danger"}
            />
          </form>
        </ConfirmDialog>
        <ConfirmDialog
          trigger={t("resetPassword")}
          message={t("confirmReset", { name: user.name })}
          cancelLabel={t("cancel")}
        >
          <form action={reset}>
            <Hidden user={user} />
            <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} variant="danger" />
          </form>
        </ConfirmDialog>
        <ConfirmDialog
          trigger={t("signOutEverywhere")}
          message={t("confirmSignOutEverywhere", { name: user.name })}
          cancelLabel={t("cancel")}
        >
          <form action={endSessions}>
            <input type="hidden" name="userId" value={user.id} />
            <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} variant="danger" />
          </form>
        </ConfirmDialog>
      </div>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { archiveMissionAction, restoreMissionAction } from "@/app/(app)/missions/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** Archive (or restore) after a confirmation; the page shows the result once it renders again. */
export function MissionArchiveControl({ missionId, version, title, isArchived }: { missionId: string; version: number; title: string; isArchived: boolean }) {
  const t = useTranslations("records");
  const [result, action] = useActionState(isArchived ? restoreMissionAction : archiveMissionAction, null);
  return (
    <div className="flex flex-col gap-2">
      {result && !result.ok ? <FormMessage result={result} /> : null}
      <ConfirmDialog
        trigger={isArchived ? t("restore") : t("archive")}
        message={isArchived ? t("confirmRestore", { name: title }) : t("confirmArchive", { name: title })}
        cancelLabel={t("cancel")}
      >
        <form action={action}>
          <input type="hidden" name="id" value={missionId} />
          <input type="hidden" name="version" value={version} />
          <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} variant={isArchived ? "primary" : "danger"} />
        </form>
      </ConfirmDialog>
    </div>
  );
}

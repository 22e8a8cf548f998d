"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type ArchiveAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Archive (or restore) any record after confirming; posts the id, the version the page showed and the new state. */
export function ArchiveControl({
  action,
  record,
}: {
  action: ArchiveAction;
  record: { id: string; version: number; name: string; isArchived: boolean };
}) {
  const t = useTranslations("records");
  const [result, run] = useActionState(action, null);
  const archive = !record.isArchived;
  return (
    <div className="flex flex-col gap-2">
      {result && !result.ok ? <FormMessage result={result} /> : null}
      <ConfirmDialog
        trigger={archive ? t("archive") : t("restore")}
        message={archive ? t("confirmArchive", { name: record.name }) : t("confirmRestore", { name: record.name })}
        cancelLabel={t("cancel")}
      >
        <form action={run}>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
          <input type="hidden" name="archived" value={String(archive)} />
          <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} variant={archive ? "danger" : "primary"} />
        </form>
      </ConfirmDialog>
    </div>
  );
}

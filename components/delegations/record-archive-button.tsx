"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  /** The area's archive/restore server action (posts id, version, archived). */
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  record: { id: string; version: number; title: string; isArchived: boolean };
};

/** Archive or restore a record (delegation, event), after confirmation. */
export function RecordArchiveButton({ action, record }: Props) {
  const t = useTranslations("records");
  const [result, formAction] = useActionState(action, null);
  const archive = !record.isArchived;
  return (
    <div className="flex flex-col gap-2">
      {result && !result.ok ? <FormMessage result={result} /> : null}
      <ConfirmDialog
        trigger={archive ? t("archive") : t("restore")}
        message={archive ? t("confirmArchive", { name: record.title }) : t("confirmRestore", { name: record.title })}
        cancelLabel={t("cancel")}
      >
        <form action={formAction}>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
          <input type="hidden" name="archived" value={String(archive)} />
          <SubmitButton label={t("confirm")} pendingLabel={t("confirm")} variant={archive ? "danger" : "primary"} />
        </form>
      </ConfirmDialog>
    </div>
  );
}

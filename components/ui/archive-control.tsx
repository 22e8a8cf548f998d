"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type ArchiveAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** What the control says, the record named, when not a record's archive and restore (a traveller is removed and put back). */
export type ArchiveWords = { archive: string; restore: string; confirmArchive: string; confirmRestore: string };

/** Archive (or restore) any record after confirming; posts the id, the version the page showed and the new state. */
export function ArchiveControl({
  action,
  record,
  words,
}: {
  action: ArchiveAction;
  record: { id: string; version: number; name: string; isArchived: boolean };
  words?: ArchiveWords;
}) {
  const tRecords = useTranslations("records");
  const [result, run] = useActionState(action, null);
  const archive = !record.isArchived;
  const said = words ?? {
    archive: tRecords("archive"),
    restore: tRecords("restore"),
    confirmArchive: tRecords("confirmArchive", { name: record.name }),
    confirmRestore: tRecords("confirmRestore", { name: record.name }),
  };
  return (
    <div className="flex flex-col gap-2">
      {result && !result.ok ? <FormMessage result={result} /> : null}
      <ConfirmDialog
        trigger={archive ? said.archive : said.restore}
        message={archive ? said.confirmArchive : said.confirmRestore}
        cancelLabel={tRecords("cancel")}
      >
        <form action={run}>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
          <input type="hidden" name="archived" value={String(archive)} />
          <SubmitButton
            label={tRecords("confirm")}
            pendingLabel={tRecords("confirm")}
            variant={archive ? "danger" : "primary"}
          />
        </form>
      </ConfirmDialog>
    </div>
  );
}

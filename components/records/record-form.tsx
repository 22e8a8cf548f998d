"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult, ConflictField } from "@/lib/action-result";

// The frame every record form shares: the conflict panel when someone else saved first (with
// their values), the outcome message, the record's id and the version it loaded (optimistic
// locking, decision 007), then the fields, then save or create and the way back.

const looks = {
  card: "flex max-w-3xl flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6",
  plain: "flex max-w-xl flex-col gap-4",
  plainWide: "flex max-w-2xl flex-col gap-4",
};

type Props = {
  action: (formData: FormData) => void;
  /** The action's last answer. */
  result: ActionResult<unknown> | null;
  /** The conflict panel's name for each field it may list. */
  conflictLabels: Record<string, string>;
  /** The conflict as shown, when the area words the stored values itself (a kind's name). */
  conflict?: ConflictField[] | undefined;
  /** The record edited; none when creating. */
  record?: { id: string; version: string | number } | undefined;
  /** Where "cancel" leads; no link when the form stands alone on its page. */
  cancelHref?: string;
  /** Said once saved, when the form stays on the page. */
  success?: string;
  /** The submit control, when not the plain "create" or "save". */
  submit?: ReactNode;
  /** "card": a white card (records with many fields); "plain" (or wider): the page's own background. */
  look?: keyof typeof looks;
  children: ReactNode;
};

export function RecordForm({
  action,
  result,
  conflictLabels,
  conflict,
  record,
  cancelHref,
  success,
  submit,
  look = "card",
  children,
}: Props) {
  const t = useTranslations("records");
  const failed = result && !result.ok ? result : null;
  return (
    <form action={action} className={looks[look]}>
      <ConflictNotice conflict={conflict ?? failed?.conflict} labels={conflictLabels} />
      <FormMessage result={result} {...(success ? { success } : {})} />
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      ) : null}
      {children}
      <div className="flex flex-wrap items-center gap-4">
        {submit ?? (
          <SubmitButton label={record ? t("save") : t("create")} pendingLabel={record ? t("saving") : t("creating")} />
        )}
        {cancelHref ? (
          <Link href={cancelHref} className="text-brand-700 underline">
            {t("cancel")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

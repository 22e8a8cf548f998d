"use client";

import { useTranslations } from "next-intl";
import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { createCodeListEntryAction, updateCodeListEntryAction } from "@/lib/reference/actions";
import { codeListFields } from "@/lib/reference/code-lists/fields";
import type { CodeListKind } from "@/lib/reference/code-lists/schemas";

/** Creates a sector or objective, or edits one (`initial`: its values as text, with the id and version it edits). */
export function CodeListForm({ kind, initial }: { kind: CodeListKind; initial?: Record<string, string> }) {
  const tRecords = useTranslations("records");
  return (
    <DeclaredRecordForm
      namespace="reference.codeLists"
      fields={codeListFields}
      create={createCodeListEntryAction}
      update={updateCodeListEntryAction}
      hidden={{ list: kind }}
      success={tRecords("saved")}
      {...(initial ? { initial } : {})}
    />
  );
}

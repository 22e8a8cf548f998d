"use client";

import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { createPartnerAction, updatePartnerAction } from "@/lib/partners/actions";
import { partnerFields } from "@/lib/partners/fields";
import { defaultFormValuesOf } from "@/lib/records/fields";

/** Creates a partner organisation (active unless unticked), or edits one (posting the version it loaded). */
export function PartnerForm({ initial = defaultFormValuesOf(partnerFields) }: { initial?: Record<string, string> }) {
  return (
    <DeclaredRecordForm
      namespace="partners"
      fields={partnerFields}
      create={createPartnerAction}
      update={updatePartnerAction}
      initial={initial}
    />
  );
}

"use client";

import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { createAllowanceRateAction, updateAllowanceRateAction } from "@/lib/reference/allowance-rates/actions";
import { allowanceRateFields } from "@/lib/reference/allowance-rates/fields";

/** Creates a daily allowance rate, or edits one (`initial`: its values as text, with its id and version). */
export function AllowanceRateForm({ initial }: { initial?: Record<string, string> }) {
  return (
    <DeclaredRecordForm
      namespace="reference.allowanceRates"
      fields={allowanceRateFields}
      create={createAllowanceRateAction}
      update={updateAllowanceRateAction}
      {...(initial ? { initial } : {})}
    />
  );
}

"use client";

import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { createTownAction, updateTownAction } from "@/lib/towns/actions";
import { townFields } from "@/lib/towns/fields";

/** Creates a town, or edits one (`initial`: its values as text, with the id and version it edits). */
export function TownForm({ initial }: { initial?: Record<string, string> }) {
  return (
    <DeclaredRecordForm
      namespace="towns"
      fields={townFields}
      create={createTownAction}
      update={updateTownAction}
      {...(initial ? { initial } : {})}
    />
  );
}

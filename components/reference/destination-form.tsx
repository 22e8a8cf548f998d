"use client";

import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { createDestinationAction, updateDestinationAction } from "@/lib/reference/destinations/actions";
import { destinationFields } from "@/lib/reference/destinations/fields";

/** Creates a destination, or edits one (`initial`: its values as text, with the id and version it edits). */
export function DestinationForm({ initial }: { initial?: Record<string, string> }) {
  return (
    <DeclaredRecordForm
      namespace="reference.destinations"
      fields={destinationFields}
      create={createDestinationAction}
      update={updateDestinationAction}
      {...(initial ? { initial } : {})}
    />
  );
}

"use client";

import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { createTravellerAction, updateTravellerAction } from "@/lib/missions/travellers/actions";
import { travellerFields } from "@/lib/missions/travellers/fields";

/** Adds a traveller to a mission, or edits one (`initial`: its values as text, with the id and version it edits). */
export function TravellerForm({ missionId, initial }: { missionId: string; initial?: Record<string, string> }) {
  return (
    <DeclaredRecordForm
      namespace="missions.travellers"
      fields={travellerFields}
      create={createTravellerAction}
      update={updateTravellerAction}
      hidden={{ missionId }}
      {...(initial ? { initial } : {})}
    />
  );
}

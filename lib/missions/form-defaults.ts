// The edit form prefilled from a stored mission, in the form's own field names (form-values.ts).
// No server imports: MissionDetail is only a type.
import { centsToInput } from "@/lib/money";
import { rowsToValues } from "./form-values";
import type { MissionDetail } from "./queries";
import { dayOf } from "@/lib/time";

export function missionFormDefaults(mission: MissionDetail): Record<string, string> {
  return {
    id: mission.id,
    version: String(mission.version),
    title: mission.title,
    startDate: dayOf(mission.startDate),
    endDate: dayOf(mission.endDate),
    destinationIds: mission.destinations.map((item) => item.id).join(","),
    sectorIds: mission.sectors.map((item) => item.id).join(","),
    objectiveIds: mission.objectives.map((item) => item.id).join(","),
    summary: mission.summary,
    budget: centsToInput(mission.budgetCents),
    contactsCount: mission.contactsCount === null ? "" : String(mission.contactsCount),
    leadsCount: mission.leadsCount === null ? "" : String(mission.leadsCount),
    lettersOfIntentCount: mission.lettersOfIntentCount === null ? "" : String(mission.lettersOfIntentCount),
    outcomeNotes: mission.outcomeNotes,
    nextSteps: mission.nextSteps,
    practicalNotes: mission.practicalNotes,
    ...rowsToValues(
      "partners",
      mission.partners.map((partner) => ({
        partnerId: partner.partnerId,
        role: partner.role,
        contribution: centsToInput(partner.contributionCents),
        seeks: partner.seeks,
      })),
    ),
    ...rowsToValues("participants", mission.participants),
    ...rowsToValues(
      "agenda",
      mission.agenda.map((item) => ({
        day: dayOf(item.day),
        time: item.time,
        title: item.title,
        location: item.location,
        counterpart: item.counterpart,
      })),
    ),
  };
}

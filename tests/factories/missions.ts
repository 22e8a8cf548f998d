import { centsToInput } from "@/lib/money";
import type { MissionInput } from "@/lib/missions/schemas";

// Missions as the data layer receives them (lib/missions/schemas.ts) and as the mission form posts
// them (lib/missions/form-values.ts), for integration tests and anything else that fills the form.

let sequence = 0;

/** A valid mission linked to `destinationIds` (at least one is required); override any part. */
export function buildMissionInput(destinationIds: string[], overrides: Partial<MissionInput> = {}): MissionInput {
  sequence += 1;
  return {
    title: `Mission ${sequence}`,
    startDate: "2016-05-10",
    endDate: "2016-05-14",
    destinationIds,
    sectorIds: [],
    objectiveIds: [],
    summary: "",
    budgetCents: null,
    contactsCount: null,
    leadsCount: null,
    lettersOfIntentCount: null,
    outcomeNotes: "",
    nextSteps: "",
    practicalNotes: "",
    partners: [],
    participants: [],
    agenda: [],
    ...overrides,
  };
}

/** The form fields a user would submit for `input` (euros typed French-style, "1 500,00"). */
export function missionFormFields(input: MissionInput): Record<string, string> {
  const euros = (cents: number | null) => centsToInput(cents).replace(".", ",");
  const fields: Record<string, string> = {
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    destinationIds: input.destinationIds.join(","),
    sectorIds: input.sectorIds.join(","),
    objectiveIds: input.objectiveIds.join(","),
    summary: input.summary,
    budget: euros(input.budgetCents),
    contactsCount: input.contactsCount === null ? "" : String(input.contactsCount),
    leadsCount: input.leadsCount === null ? "" : String(input.leadsCount),
    lettersOfIntentCount: input.lettersOfIntentCount === null ? "" : String(input.lettersOfIntentCount),
    outcomeNotes: input.outcomeNotes,
    nextSteps: input.nextSteps,
    practicalNotes: input.practicalNotes,
  };
  input.partners.forEach((partner, index) => {
    Object.assign(fields, {
      [`partners.${index}.partnerId`]: partner.partnerId,
      [`partners.${index}.role`]: partner.role,
      [`partners.${index}.contribution`]: euros(partner.contributionCents),
      [`partners.${index}.seeks`]: partner.seeks ?? "",
    });
  });
  input.participants.forEach((participant, index) => {
    for (const [field, value] of Object.entries(participant)) fields[`participants.${index}.${field}`] = value;
  });
  input.agenda.forEach((item, index) => {
    for (const [field, value] of Object.entries(item)) fields[`agenda.${index}.${field}`] = value;
  });
  return fields;
}

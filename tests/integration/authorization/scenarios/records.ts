// The operational records' actions: missions, delegations, events, joint actions.
import { buildMissionInput, missionFormFields } from "@/tests/factories/missions";
import { chinaRate, delegationOfA, eventOfA, jointActionOfA, missionOfA, nextNumber } from "../fixtures";
import { testDb } from "../../setup/database";
import type { World } from "../world";
import { form, type ActionScenario } from "./types";

const missionFields = (world: World) =>
  missionFormFields(
    buildMissionInput([world.destinationId], {
      title: `Matrix mission ${nextNumber()}`,
      partners: [{ partnerId: world.partnerA, role: "LEAD", contributionCents: 150_000 }],
    }),
  );

const travellerFields = {
  kind: "STAFF",
  name: "Sophie Staff",
  role: "Chargée de mission",
  orderNumber: "OM-2017-042",
  orderSignatory: "Directeur général des services",
  orderSignedOn: "2017-04-20",
  orderValidUntil: "2017-05-31",
};

/** A traveller on a new mission of partner A's, added by an admin. */
async function travellerOfA(world: World): Promise<{ id: string; missionId: string }> {
  const mission = await missionOfA(world);
  const { createTraveller } = await import("@/lib/missions/travellers/mutations");
  const { travellerSchema } = await import("@/lib/missions/travellers/schemas");
  const input = travellerSchema.parse({ ...travellerFields, missionId: mission.id });
  const { id } = await createTraveller(world.users.admin, input);
  return { id, missionId: mission.id };
}

/** A cost line paid by partner A, whose missions the matrix uses. */
const costFields = (world: World) => ({
  category: "TRANSPORT",
  description: "Vols Nice–Tel Aviv",
  payerPartnerId: world.partnerA,
  plannedCents: "1 500,50",
  actualCents: "",
});

/** A cost line on a new mission of partner A's, added by an admin. */
async function costOfA(world: World): Promise<{ id: string; missionId: string }> {
  const mission = await missionOfA(world);
  const { createCost } = await import("@/lib/missions/costs/mutations");
  const { costSchema } = await import("@/lib/missions/costs/schemas");
  const { id } = await createCost(world.users.admin, costSchema.parse({ ...costFields(world), missionId: mission.id }));
  return { id, missionId: mission.id };
}

const delegationFields = (world: World) => ({
  title: `Matrix delegation ${nextNumber()}`,
  originDestinationId: "",
  originCountryCode: "CN",
  arrivalAt: "2017-05-10T09:00",
  departureAt: "2017-05-11T17:30",
  size: "12",
  hostName: "Sophie Staff",
  programme: "Port visit",
  sectorIds: [world.sectorId],
  partnerIds: [world.partnerA],
});

const eventFields = (world: World) => ({
  title: `Matrix event ${nextNumber()}`,
  startsAt: "2017-06-12T09:00",
  endsAt: "2017-06-12T18:00",
  venue: "Palais de la Méditerranée",
  attendance: "300",
  summary: "",
  sectorIds: [world.sectorId],
  partnerIds: [world.partnerA],
  objectiveIds: [world.objectiveId],
});

const jointActionFields = (world: World) => ({
  partnerId: world.partnerA,
  date: "2017-05-12",
  kind: "PROMOTION",
  title: `Matrix joint action ${nextNumber()}`,
  description: "Stand at a trade fair",
  missionId: "",
  delegationId: "",
  eventId: "",
  destinationId: world.destinationId,
  objectiveId: "",
  outcome: "",
  contactsCount: "4",
  investorLeadsCount: "1",
});

const archive = (fixture: { id: string; version: number }, archived: boolean) =>
  form({ id: fixture.id, version: String(fixture.version), archived: String(archived) });

export const recordScenarios: Record<string, ActionScenario> = {
  "missions#createMissionAction": {
    audit: "mission.create",
    prepare: async (world) => ({ form: form(missionFields(world)) }),
  },
  "missions#updateMissionAction": {
    audit: "mission.update",
    prepare: async (world) => {
      const mission = await missionOfA(world);
      return { form: form({ ...missionFields(world), id: mission.id, version: String(mission.version) }) };
    },
  },
  "missions#changeMissionStatusAction": {
    audit: "mission.changeStatus",
    prepare: async (world) => {
      const mission = await missionOfA(world);
      return { form: form({ id: mission.id, version: "1", status: "SUBMITTED", comment: "" }) };
    },
  },
  "missions#archiveMissionAction": {
    audit: "mission.archive",
    prepare: async (world) => {
      const mission = await missionOfA(world);
      return { form: form({ id: mission.id, version: "1" }) };
    },
  },
  "missions#restoreMissionAction": {
    audit: "mission.restore",
    prepare: async (world) => {
      const mission = await missionOfA(world);
      const { archiveMission } = await import("@/lib/missions/mutations");
      await archiveMission(world.users.admin, { id: mission.id, version: 1 });
      return { form: form({ id: mission.id, version: "2" }) };
    },
  },
  "missions/travellers#createTravellerAction": {
    audit: "missionTraveller.create",
    prepare: async (world) => ({ form: form({ ...travellerFields, missionId: (await missionOfA(world)).id }) }),
  },
  "missions/travellers#updateTravellerAction": {
    audit: "missionTraveller.update",
    prepare: async (world) => {
      const traveller = await travellerOfA(world);
      return { form: form({ ...travellerFields, ...traveller, version: "1", name: "Julien Rossi" }) };
    },
  },
  "missions/travellers#setTravellerArchivedAction": {
    audit: "missionTraveller.archive",
    prepare: async (world) => {
      const { id } = await travellerOfA(world);
      return { form: form({ id, version: "1", archived: "true" }) };
    },
  },
  "missions/costs#createCostAction": {
    audit: "missionCost.create",
    prepare: async (world) => ({ form: form({ ...costFields(world), missionId: (await missionOfA(world)).id }) }),
  },
  "missions/costs#updateCostAction": {
    audit: "missionCost.update",
    prepare: async (world) => {
      const cost = await costOfA(world);
      return { form: form({ ...costFields(world), ...cost, version: "1", actualCents: "1 480" }) };
    },
  },
  "missions/costs#setCostArchivedAction": {
    audit: "missionCost.archive",
    prepare: async (world) => {
      const { id } = await costOfA(world);
      return { form: form({ id, version: "1", archived: "true" }) };
    },
  },
  "missions/allowances#saveAllowanceDaysAction": {
    audit: "mission.allowanceDays",
    prepare: async (world) => {
      const mission = await missionOfA(world);
      const day = { "night.2016-05-10": "HOST", "lunch.2016-05-10": "NONE", "dinner.2016-05-10": "DUE" };
      return { form: form({ missionId: mission.id, basis: "[]", ...day }) };
    },
  },
  "missions/allowances#recordAllowanceCostAction": {
    audit: "missionCost.create",
    prepare: async (world) => {
      await chinaRate();
      // No traveller yet: the allowances come to nothing, recorded as a planned line of 0 €.
      return { form: form({ missionId: (await missionOfA(world)).id, expectedCents: "0" }) };
    },
  },
  "missions/follow-ups#answerFollowUpAction": {
    audit: "missionFollowUp.create",
    prepare: async (world) => {
      // Partner A's mission, completed in May 2016: its follow-ups are long due.
      const mission = await missionOfA(world);
      await testDb.mission.update({ where: { id: mission.id }, data: { status: "COMPLETED" } });
      return {
        form: form({
          missionId: mission.id,
          checkpoint: "SIX_MONTHS",
          respondent: world.partnerA,
          verdict: "WORTH_IT",
          projectsLanded: "1",
          jobsAnnounced: "40",
          agreementsSigned: "0",
          notes: "Implantation d'un centre de R&D",
        }),
      };
    },
  },
  "delegations#createDelegationAction": {
    audit: "delegation.create",
    prepare: async (world) => ({ form: form(delegationFields(world)) }),
  },
  "delegations#updateDelegationAction": {
    audit: "delegation.update",
    prepare: async (world) => {
      const delegation = await delegationOfA(world);
      return { form: form({ ...delegationFields(world), id: delegation.id, version: "1" }) };
    },
  },
  "delegations#changeDelegationStatusAction": {
    audit: "delegation.changeStatus",
    prepare: async (world) => {
      const delegation = await delegationOfA(world);
      return { form: form({ id: delegation.id, version: "1", status: "WELCOMED", cancellationReason: "" }) };
    },
  },
  "delegations#setDelegationArchivedAction": {
    audit: "delegation.archive",
    prepare: async (world) => ({ form: archive(await delegationOfA(world), true) }),
  },
  "events#createEventAction": { audit: "event.create", prepare: async (world) => ({ form: form(eventFields(world)) }) },
  "events#updateEventAction": {
    audit: "event.update",
    prepare: async (world) => {
      const event = await eventOfA(world);
      return { form: form({ ...eventFields(world), id: event.id, version: "1" }) };
    },
  },
  "events#changeEventStatusAction": {
    audit: "event.changeStatus",
    prepare: async (world) => {
      const event = await eventOfA(world);
      return { form: form({ id: event.id, version: "1", status: "HELD" }) };
    },
  },
  "events#setEventArchivedAction": {
    audit: "event.archive",
    prepare: async (world) => ({ form: archive(await eventOfA(world), true) }),
  },
  // "Save anyway": the similar-records check is a question to the user, not an access rule.
  "joint-actions#createJointActionAction": {
    audit: "jointAction.create",
    prepare: async (world) => ({ form: form({ ...jointActionFields(world), confirmSimilar: "1" }) }),
  },
  "joint-actions#updateJointActionAction": {
    audit: "jointAction.update",
    prepare: async (world) => {
      const action = await jointActionOfA(world);
      return { form: form({ ...jointActionFields(world), id: action.id, version: "1" }) };
    },
  },
  "joint-actions#setJointActionArchivedAction": {
    audit: "jointAction.archive",
    prepare: async (world) => ({ form: archive(await jointActionOfA(world), true) }),
  },
};

"use server";

import { formAction } from "@/lib/actions/form-action";
import { archiveSchema } from "@/lib/records/archive";
import { createTraveller, setTravellerArchived, updateTraveller } from "./mutations";
import { travellerSchema, updateTravellerSchema } from "./schemas";

// The traveller forms' actions (lib/actions/form-action.ts). Saving goes back to the mission.

const messages = "missions.validation";

export const createTravellerAction = formAction({
  caller: "records.edit",
  schema: travellerSchema,
  messages,
  run: createTraveller,
  revalidate: (input) => [`/missions/${input.missionId}`],
  redirectTo: (_data, input) => `/missions/${input.missionId}#mission-travellers`,
});

export const updateTravellerAction = formAction({
  caller: "records.edit",
  schema: updateTravellerSchema,
  messages,
  run: updateTraveller,
  revalidate: (input) => [`/missions/${input.missionId}`],
  redirectTo: (_data, input) => `/missions/${input.missionId}#mission-travellers`,
});

export const setTravellerArchivedAction = formAction({
  caller: "records.edit",
  schema: archiveSchema,
  messages,
  run: setTravellerArchived,
  revalidate: [{ path: "/missions", type: "layout" }],
});

import "server-only";
import { missionParts } from "../parts";
import { travellerFields } from "./fields";

// A mission's travellers (records.edit, decision 016). Each write locks the mission first, so a
// traveller cannot change while the mission is being confirmed (which checks every traveller's
// authority).

const travellers = missionParts({
  table: "MissionTraveller",
  area: "missionTraveller",
  fields: travellerFields,
  model: (tx) => tx.missionTraveller,
});

export const createTraveller = travellers.create;
export const updateTraveller = travellers.update;
/** The same writes inside the caller's transaction (a spreadsheet import). */
export const createTravellerInTransaction = travellers.createInTransaction;
export const updateTravellerInTransaction = travellers.updateInTransaction;
/** Removes a traveller from the mission (archived: kept, and put back with restore). */
export const setTravellerArchived = travellers.setArchived;

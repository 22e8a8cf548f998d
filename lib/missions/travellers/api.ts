import "server-only";
import { db } from "@/lib/db";
import { missionPartResource } from "../part-api";
import { travellerFields } from "./fields";
import { createTraveller, setTravellerArchived, updateTraveller } from "./mutations";
import { travellerSchema, updateTravellerSchema } from "./schemas";

// /api/v1/mission-travellers: who travels on a mission and their authority to leave (decision 016).
export const missionTravellersResource = missionPartResource({
  name: "mission-travellers",
  title: "Mission travellers",
  description:
    "Who travels on a mission: staff with their mission order, elected officials with the deliberation conferring their mandat spécial, partners' representatives. Removing one archives it.",
  fields: travellerFields,
  table: () => db.missionTraveller,
  schemas: { create: travellerSchema, update: updateTravellerSchema },
  create: createTraveller,
  update: updateTraveller,
  setArchived: setTravellerArchived,
});

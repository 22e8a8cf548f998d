import "server-only";
import { db } from "@/lib/db";
import { missionPartResource } from "../part-api";
import { costFields } from "./fields";
import { createCost, setCostArchived, updateCost } from "./mutations";
import { costSchema, updateCostSchema } from "./schemas";

// /api/v1/mission-costs: a mission's cost lines, planned and actual, in cents, with their payer (decision 017).
export const missionCostsResource = missionPartResource({
  name: "mission-costs",
  title: "Mission costs",
  description:
    "A mission's cost lines by category, planned and actual in euro cents, paid by the Métropole (no payer) or by one of the mission's partners. Removing one archives it.",
  fields: costFields,
  table: () => db.missionCost,
  schemas: { create: costSchema, update: updateCostSchema },
  create: createCost,
  update: updateCost,
  setArchived: setCostArchived,
});

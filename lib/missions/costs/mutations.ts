import "server-only";
import { DomainError } from "@/lib/action-result";
import { missionParts } from "../parts";
import { costFields } from "./fields";

// A mission's cost lines (records.edit, decision 017). A partner pays only for a mission it takes
// part in.

const costs = missionParts({
  table: "MissionCost",
  area: "missionCost",
  fields: costFields,
  model: (tx) => tx.missionCost,
  check: (input, mission) => {
    if (input.payerPartnerId && !mission.partnerIds.includes(input.payerPartnerId))
      throw new DomainError("payerNotPartner", { payerPartnerId: ["payerNotPartner"] });
  },
});

export const createCost = costs.create;
export const updateCost = costs.update;
/** The same writes inside the caller's transaction (a spreadsheet import). */
export const createCostInTransaction = costs.createInTransaction;
export const updateCostInTransaction = costs.updateInTransaction;
/** Removes a cost line (archived: kept, and put back with restore). */
export const setCostArchived = costs.setArchived;

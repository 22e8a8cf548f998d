// The URL state of the missions list: shared by its page, its query and its filters. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter, idFilter, yearFilter } from "@/lib/list-params";
import { missionStatuses } from "./status";

export const missionListSchema = createListParamsSchema({
  sortable: ["startDate", "title", "status"],
  defaultSort: "startDate",
  defaultDirection: "desc",
  filters: {
    status: enumFilter(missionStatuses),
    year: yearFilter(),
    sector: idFilter(),
    partner: idFilter(),
    destination: idFilter(),
    /**
     * Missions with a cost line paid by: "any" payer, the "metropole", or a partner's id; what the
     * dashboard's cost totals open (decision 019). Office users only: costs are the department's own.
     */
    paidBy: idFilter(),
    // true: the archived missions (and only them); otherwise archived ones are hidden.
    archived: booleanFilter(),
  },
});

export type MissionListParams = z.output<typeof missionListSchema>;

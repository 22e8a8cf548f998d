// The URL state of the events list: shared by its page, its query and its filters. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter, idFilter, yearFilter } from "@/lib/list-params";
import { eventStatuses } from "./schemas";

export const eventListSchema = createListParamsSchema({
  sortable: ["startsAt", "title", "status"],
  defaultSort: "startsAt",
  defaultDirection: "desc",
  filters: {
    status: enumFilter(eventStatuses),
    year: yearFilter(),
    sector: idFilter(),
    partner: idFilter(),
    objective: idFilter(),
    archived: booleanFilter(),
  },
});

export type EventListParams = z.output<typeof eventListSchema>;

// The URL state of the towns list: shared by its page, its query and its filters. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema, yearFilter } from "@/lib/list-params";

export const townListSchema = createListParamsSchema({
  sortable: ["name", "connectedOn", "inseeCode"],
  defaultSort: "name",
  filters: {
    /** true: connected towns; false: towns of the urban area not connected yet. */
    connected: booleanFilter(),
    /** The calendar year the town was connected. */
    year: yearFilter(),
    /** Connected on or before 31 December of that year: the dashboard's "connected towns" figure. */
    connectedBy: yearFilter(),
    archived: booleanFilter(),
  },
});

export type TownListParams = z.output<typeof townListSchema>;

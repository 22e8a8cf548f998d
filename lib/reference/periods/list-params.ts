// The URL state of the priority periods list. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema } from "@/lib/list-params";

export const periodListSchema = createListParamsSchema({
  sortable: ["label", "startYear"],
  defaultSort: "startYear",
  defaultDirection: "desc",
  filters: { archived: booleanFilter() },
});

export type PeriodListParams = z.output<typeof periodListSchema>;

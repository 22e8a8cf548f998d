// The URL state of the daily allowance rates list. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema } from "@/lib/list-params";

export const allowanceRateListSchema = createListParamsSchema({
  sortable: ["countryCode", "validFrom", "dailyCents"],
  defaultSort: "countryCode",
  filters: { archived: booleanFilter() },
});

export type AllowanceRateListParams = z.output<typeof allowanceRateListSchema>;

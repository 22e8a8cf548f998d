// The URL state of the delegations list: shared by its page, its query and its filters. No server imports.
import { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter, idFilter, yearFilter } from "@/lib/list-params";
import { delegationStatuses } from "./schemas";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const delegationListSchema = createListParamsSchema({
  sortable: ["arrivalAt", "title", "status"],
  defaultSort: "arrivalAt",
  defaultDirection: "desc",
  filters: {
    status: enumFilter(delegationStatuses),
    year: yearFilter(),
    sector: idFilter(),
    partner: idFilter(),
    destination: idFilter(),
    country: z
      .preprocess(
        firstValue,
        z
          .string()
          .regex(/^[A-Za-z]{2}$/)
          .transform((code) => code.toUpperCase())
          .optional(),
      )
      .catch(undefined),
    archived: booleanFilter(),
  },
});

export type DelegationListParams = z.output<typeof delegationListSchema>;

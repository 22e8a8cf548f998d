// The URL state of the destinations list. No server imports.
import { z } from "zod";
import { booleanFilter, createListParamsSchema } from "@/lib/list-params";

export const destinationListSchema = createListParamsSchema({
  sortable: ["city", "countryCode"],
  defaultSort: "city",
  filters: {
    country: z
      .preprocess(
        (value) => (Array.isArray(value) ? value[0] : value),
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/)
          .optional(),
      )
      .catch(undefined),
    /** true: priority destinations of a current programme period. */
    priority: booleanFilter(),
    archived: booleanFilter(),
  },
});

export type DestinationListParams = z.output<typeof destinationListSchema>;

// The URL state of the delegations list: shared by its page, its query and its filters. No server imports.
import { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter } from "@/lib/list-params";
import { delegationStatuses } from "./schemas";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A Paris calendar year in the URL; anything else means "all years". */
export function yearFilter() {
  return z.preprocess(firstValue, z.coerce.number().int().min(1900).max(2999).optional()).catch(undefined);
}

/** An id (or code) chosen in a filter select; anything odd means "all". */
export function idFilter() {
  return z.preprocess(firstValue, z.string().trim().min(1).max(64).optional()).catch(undefined);
}

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
    country: z.preprocess(firstValue, z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase()).optional()).catch(undefined),
    archived: booleanFilter(),
  },
});

export type DelegationListParams = z.output<typeof delegationListSchema>;

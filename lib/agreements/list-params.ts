// The URL state of the agreements list: shared by its page, its query and its filters. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter, idFilter, yearFilter } from "@/lib/list-params";
import { agreementKinds } from "./schemas";

export const agreementListSchema = createListParamsSchema({
  sortable: ["title", "kind", "counterpart", "destination", "startDate", "endDate"],
  defaultSort: "startDate",
  defaultDirection: "desc",
  filters: {
    kind: enumFilter(agreementKinds),
    destinationId: idFilter(),
    /** Agreements in force at some point of that calendar year. */
    year: yearFilter(),
    /** Only agreements ending within six months from today (lib/agreements/expiry.ts). */
    expiring: booleanFilter(),
    archived: booleanFilter(),
  },
});

export type AgreementListParams = z.output<typeof agreementListSchema>;

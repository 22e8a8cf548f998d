// The URL state of the partners list: shared by its page, its query and its filters. No server imports.
import type { z } from "zod";
import { PartnerKind } from "@/lib/generated/prisma/enums";
import { booleanFilter, createListParamsSchema, enumFilter } from "@/lib/list-params";

/** Every kind of partner organisation, in the schema's order. */
export const partnerKinds = Object.values(PartnerKind) as [PartnerKind, ...PartnerKind[]];

export const partnerListSchema = createListParamsSchema({
  sortable: ["name", "shortName", "kind"],
  defaultSort: "name",
  filters: { kind: enumFilter(partnerKinds), active: booleanFilter(), archived: booleanFilter() },
});

export type PartnerListParams = z.output<typeof partnerListSchema>;

// The URL state of the sectors and objectives lists. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema } from "@/lib/list-params";

export const codeListSchema = createListParamsSchema({
  sortable: ["code", "nameFr", "nameEn"],
  defaultSort: "code",
  filters: { archived: booleanFilter() },
});

export type CodeListParams = z.output<typeof codeListSchema>;

// The URL state of the joint-actions list: shared by its page, its query and its filters. No server imports.
import type { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter, idFilter, yearFilter } from "@/lib/list-params";
import { jointActionKinds } from "./schemas";

export const jointActionListSchema = createListParamsSchema({
  sortable: ["date", "title", "kind"],
  defaultSort: "date",
  defaultDirection: "desc",
  filters: {
    partner: idFilter(),
    kind: enumFilter(jointActionKinds),
    year: yearFilter(),
    destination: idFilter(),
    objective: idFilter(),
    archived: booleanFilter(),
  },
});

export type JointActionListParams = z.output<typeof jointActionListSchema>;

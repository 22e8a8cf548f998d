// The URL state of the missions list: shared by its page, its query and its filters. No server imports.
import { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter } from "@/lib/list-params";
import { missionStatuses } from "./status";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A record id chosen in a filter (sector, partner, destination); anything odd means "all". */
const idFilter = () => z.preprocess(firstValue, z.string().trim().min(1).max(64).optional()).catch(undefined);

/** The year of the mission's first day; outside 1900–2999 means "all". */
const yearFilter = () =>
  z
    .preprocess(firstValue, z.string().trim().regex(/^(19|2\d)\d{2}$/).optional())
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .catch(undefined);

export const missionListSchema = createListParamsSchema({
  sortable: ["startDate", "title", "status"],
  defaultSort: "startDate",
  defaultDirection: "desc",
  filters: {
    status: enumFilter(missionStatuses),
    year: yearFilter(),
    sector: idFilter(),
    partner: idFilter(),
    destination: idFilter(),
    // true: the archived missions (and only them); otherwise archived ones are hidden.
    archived: booleanFilter(),
  },
});

export type MissionListParams = z.output<typeof missionListSchema>;

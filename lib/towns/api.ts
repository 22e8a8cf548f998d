import "server-only";
import { declaredResource } from "@/lib/api/declared-resource";
import { can } from "@/lib/policy";
import { townFields } from "@/lib/towns/fields";
import { townListSchema } from "@/lib/towns/list-params";
import { createTown, setTownArchived, updateTown } from "@/lib/towns/mutations";
import { getTown, listTowns } from "@/lib/towns/queries";
import { townSchema, updateTownSchema } from "@/lib/towns/schemas";

// /api/v1/towns: the urban area's towns and the day each was connected, from the town's field
// declarations (lib/towns/fields.ts).

export const townsResource = declaredResource({
  name: "towns",
  title: "Towns",
  description: "The towns of the urban area and when each was connected (the dashboard's connected-towns figure).",
  fields: townFields,
  listQuery: townListSchema,
  list: listTowns,
  get: getTown,
  canWrite: (user) => can(user, "records.edit"),
  schemas: { create: townSchema, update: updateTownSchema },
  create: createTown,
  update: updateTown,
  setArchived: setTownArchived,
});

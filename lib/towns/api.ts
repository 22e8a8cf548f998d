import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { answerShapeOf, toAnswerFields } from "@/lib/api/records-json";
import { defineResource, jsonInstant, instantString } from "@/lib/api/resource";
import { bodyFormInput, jsonBodyOf } from "@/lib/records/json-fields";
import { can } from "@/lib/policy";
import { townFields } from "@/lib/towns/fields";
import { townListSchema } from "@/lib/towns/list-params";
import { createTown, setTownArchived, updateTown } from "@/lib/towns/mutations";
import { getTown, listTowns, type TownRow } from "@/lib/towns/queries";
import { townSchema, updateTownSchema } from "@/lib/towns/schemas";

// /api/v1/towns: the urban area's towns and the day each was connected; answers and body derived
// from the town's field declarations (lib/towns/fields.ts).

const listItem = z.object({ id: z.string(), ...answerShapeOf(townFields), archived: z.boolean() });

const item = listItem.extend({ version: z.number().int(), updatedAt: instantString });

const body = jsonBodyOf(townFields);

const toListItem = (town: TownRow): z.output<typeof listItem> => ({
  id: town.id,
  ...toAnswerFields(townFields, town),
  archived: town.archivedAt !== null,
});

const formValues = (input: z.output<typeof body>) => bodyFormInput(townFields, input);

export const townsResource = defineResource({
  name: "towns",
  title: "Towns",
  description: "The towns of the urban area and when each was connected (the dashboard's connected-towns figure).",
  listQuery: townListSchema,
  listItem,
  item,
  list: async (user, params) => {
    const { rows, total } = await listTowns(user, params);
    return { rows: rows.map(toListItem), total };
  },
  get: async (user, id) => {
    const town = await getTown(user, id);
    return town ? { ...toListItem(town), version: town.version, updatedAt: jsonInstant(town.updatedAt) } : null;
  },
  canWrite: (user) => can(user, "records.edit"),
  body,
  create: (user, input) => createTown(user, parseWithAreaSchema(townSchema, formValues(input))),
  update: (user, id, version, input) =>
    updateTown(user, parseWithAreaSchema(updateTownSchema, { ...formValues(input), id, version })),
  archive: (user, id, version) => setTownArchived(user, { id, version, archived: true }),
  restore: (user, id, version) => setTownArchived(user, { id, version, archived: false }),
});

import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { bodyDayString, dayString, defineResource, jsonDay, jsonInstant, instantString } from "@/lib/api/resource";
import { can } from "@/lib/policy";
import { townListSchema } from "@/lib/towns/list-params";
import { createTown, setTownArchived, updateTown } from "@/lib/towns/mutations";
import { getTown, listTowns, type TownRow } from "@/lib/towns/queries";
import { townSchema, updateTownSchema } from "@/lib/towns/schemas";

// /api/v1/towns: the urban area's towns and the day each was connected.

const listItem = z.object({
  id: z.string(),
  name: z.string(),
  inseeCode: z.string().nullable().meta({ description: "INSEE commune code." }),
  connectedOn: dayString.nullable().meta({ description: "The day the town was connected; null when not yet." }),
  archived: z.boolean(),
});

const item = listItem.extend({ version: z.number().int(), updatedAt: instantString });

const body = z.strictObject({
  name: z.string().meta({ description: "Unique name, at most 120 characters.", examples: ["Èze"] }),
  inseeCode: z.string().nullable().optional().meta({ description: "5 characters (2A/2B for Corsica)." }),
  connectedOn: bodyDayString("The day the town was connected; null or absent when not yet.").nullable().optional(),
});

const toListItem = (town: TownRow) => ({
  id: town.id,
  name: town.name,
  inseeCode: town.inseeCode,
  connectedOn: town.connectedOn ? jsonDay(town.connectedOn) : null,
  archived: town.archivedAt !== null,
});

const formValues = (input: z.output<typeof body>) => ({
  name: input.name,
  inseeCode: input.inseeCode ?? "",
  connectedOn: input.connectedOn ?? "",
});

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

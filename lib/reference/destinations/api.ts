import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { answerShapeOf, toAnswerFields } from "@/lib/api/records-json";
import { defineResource, instantString, jsonInstant } from "@/lib/api/resource";
import { bodyFormInput, jsonBodyOf } from "@/lib/records/json-fields";
import { can } from "@/lib/policy";
import { destinationFields } from "@/lib/reference/destinations/fields";
import { destinationListSchema } from "@/lib/reference/destinations/list-params";
import { createDestination, setDestinationArchived, updateDestination } from "@/lib/reference/destinations/mutations";
import { getDestination, listDestinations, type DestinationRow } from "@/lib/reference/destinations/queries";
import { destinationSchema, updateDestinationSchema } from "@/lib/reference/destinations/schemas";

// /api/v1/destinations: cities abroad that missions go to, delegations come from and agreements
// are made with; answers and body derived from the declarations (lib/reference/destinations/fields.ts).

const listItem = z.object({
  id: z.string(),
  ...answerShapeOf(destinationFields),
  priorityPeriods: z
    .array(z.string())
    .meta({ description: 'The current programme periods that make it a priority destination, e.g. ["2016/2020"].' }),
  archived: z.boolean(),
});

const item = listItem.extend({
  agreementCount: z.number().int().meta({ description: "How many agreements (not archived) name it." }),
  version: z.number().int(),
  updatedAt: instantString,
});

const body = jsonBodyOf(destinationFields);

const toListItem = (destination: DestinationRow): z.output<typeof listItem> => ({
  id: destination.id,
  ...toAnswerFields(destinationFields, destination),
  priorityPeriods: destination.priorityPeriods,
  archived: destination.archivedAt !== null,
});

const formValues = (input: z.output<typeof body>) => bodyFormInput(destinationFields, input);

export const destinationsResource = defineResource({
  name: "destinations",
  title: "Destinations",
  description: "Cities abroad, with the programme periods that make them priority destinations.",
  listQuery: destinationListSchema,
  listItem,
  item,
  list: async (user, params) => {
    const { rows, total } = await listDestinations(user, params);
    return { rows: rows.map(toListItem), total };
  },
  get: async (user, id) => {
    const destination = await getDestination(user, id);
    if (!destination) return null;
    return {
      ...toListItem(destination),
      agreementCount: destination.agreementCount,
      version: destination.version,
      updatedAt: jsonInstant(destination.updatedAt),
    };
  },
  canWrite: (user) => can(user, "reference.edit"),
  body,
  create: (user, input) => createDestination(user, parseWithAreaSchema(destinationSchema, formValues(input))),
  update: (user, id, version, input) =>
    updateDestination(user, parseWithAreaSchema(updateDestinationSchema, { ...formValues(input), id, version })),
  archive: (user, id, version) => setDestinationArchived(user, { id, version, archived: true }),
  restore: (user, id, version) => setDestinationArchived(user, { id, version, archived: false }),
});

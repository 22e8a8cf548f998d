import "server-only";
import { z } from "zod";
import { declaredResource } from "@/lib/api/declared-resource";
import { can } from "@/lib/policy";
import { destinationFields } from "@/lib/reference/destinations/fields";
import { destinationListSchema } from "@/lib/reference/destinations/list-params";
import { createDestination, setDestinationArchived, updateDestination } from "@/lib/reference/destinations/mutations";
import { getDestination, listDestinations } from "@/lib/reference/destinations/queries";
import { destinationSchema, updateDestinationSchema } from "@/lib/reference/destinations/schemas";

// /api/v1/destinations: cities abroad that missions go to, delegations come from and agreements
// are made with, from the declarations (lib/reference/destinations/fields.ts).

export const destinationsResource = declaredResource({
  name: "destinations",
  title: "Destinations",
  description: "Cities abroad, with the programme periods that make them priority destinations.",
  fields: destinationFields,
  listQuery: destinationListSchema,
  list: listDestinations,
  get: getDestination,
  listExtra: {
    shape: {
      priorityPeriods: z.array(z.string()).meta({
        description: 'The current programme periods that make it a priority destination, e.g. ["2016/2020"].',
      }),
    },
    of: (destination) => ({ priorityPeriods: destination.priorityPeriods }),
  },
  itemExtra: {
    shape: { agreementCount: z.number().int().meta({ description: "How many agreements (not archived) name it." }) },
    of: (destination) => ({ agreementCount: destination.agreementCount }),
  },
  canWrite: (user) => can(user, "reference.edit"),
  schemas: { create: destinationSchema, update: updateDestinationSchema },
  create: createDestination,
  update: updateDestination,
  setArchived: setDestinationArchived,
});

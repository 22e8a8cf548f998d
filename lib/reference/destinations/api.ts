import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { defineResource, instantString, jsonInstant } from "@/lib/api/resource";
import { can } from "@/lib/policy";
import { destinationListSchema } from "@/lib/reference/destinations/list-params";
import { createDestination, setDestinationArchived, updateDestination } from "@/lib/reference/destinations/mutations";
import { getDestination, listDestinations, type DestinationRow } from "@/lib/reference/destinations/queries";
import { destinationSchema, updateDestinationSchema } from "@/lib/reference/destinations/schemas";

// /api/v1/destinations: cities abroad that missions go to, delegations come from and agreements
// are made with.

const listItem = z.object({
  id: z.string(),
  city: z.string(),
  countryCode: z.string().meta({ description: "ISO 3166-1 alpha-2, upper case." }),
  latitude: z.number().nullable().meta({ description: "Decimal degrees; null when unknown (with longitude)." }),
  longitude: z.number().nullable(),
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

const body = z.strictObject({
  city: z
    .string()
    .meta({ description: "At most 120 characters; unique within its country (any case).", examples: ["Xiamen"] }),
  countryCode: z.string().meta({ description: "ISO 3166-1 alpha-2 code of a country (any case).", examples: ["CN"] }),
  latitude: z
    .number()
    .nullable()
    .optional()
    .meta({ description: "Between -90 and 90; give both coordinates or neither." }),
  longitude: z.number().nullable().optional().meta({ description: "Between -180 and 180." }),
});

const toListItem = ({ id, city, countryCode, latitude, longitude, priorityPeriods, archivedAt }: DestinationRow) => ({
  id,
  city,
  countryCode,
  latitude,
  longitude,
  priorityPeriods,
  archived: archivedAt !== null,
});

/** A coordinate as the form's text field holds it: plain decimals, never exponent notation (1e-7). */
function decimalText(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(12).replace(/\.?0+$/, "") : text;
}

const formValues = (input: z.output<typeof body>) => ({
  city: input.city,
  countryCode: input.countryCode,
  latitude: decimalText(input.latitude),
  longitude: decimalText(input.longitude),
});

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

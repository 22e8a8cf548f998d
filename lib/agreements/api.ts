import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { bodyDayString, dayString, defineResource, instantString, jsonDay, jsonInstant } from "@/lib/api/resource";
import { agreementListSchema } from "@/lib/agreements/list-params";
import { createAgreement, setAgreementArchived, updateAgreement } from "@/lib/agreements/mutations";
import { getAgreement, listAgreements, type AgreementRow } from "@/lib/agreements/queries";
import { agreementKinds, agreementSchema, maxThemes, updateAgreementSchema } from "@/lib/agreements/schemas";
import { can } from "@/lib/policy";

// /api/v1/agreements: cooperation instruments with counterparts abroad, and their yearly themes.

const kind = z.enum(agreementKinds, { error: "invalidChoice" });

const listItem = z.object({
  id: z.string(),
  title: z.string(),
  kind,
  counterpart: z.string().meta({ description: "The institution abroad the agreement is made with." }),
  destination: z.string().meta({
    description:
      'The counterpart\'s city and country code, e.g. "Xiamen (CN)"; the record gives its id (destinationId).',
  }),
  startDate: dayString,
  endDate: dayString
    .nullable()
    .meta({ description: "The last day in force; null for an agreement without a fixed end." }),
  isExclusive: z.boolean(),
  archived: z.boolean(),
});

const theme = z.object({
  year: z.number().int().meta({ description: "A year within the agreement's years; one theme per year." }),
  theme: z.string(),
});

const item = listItem.extend({
  destinationId: z.string(),
  notes: z.string(),
  mission: z
    .object({ id: z.string(), title: z.string() })
    .nullable()
    .meta({ description: "The mission it was signed on, if any." }),
  themes: z.array(theme).meta({ description: "The theme chosen for each year (e.g. by a panel in Nice), by year." }),
  version: z.number().int(),
  updatedAt: instantString,
});

const body = z.strictObject({
  title: z.string().meta({ description: "At most 200 characters.", examples: ["Carnival of Nice trademark licence"] }),
  kind,
  counterpart: z.string().meta({ description: "At most 200 characters." }),
  destinationId: z
    .string()
    .meta({ description: "A destination that exists and is not archived (or the agreement's current one)." }),
  startDate: bodyDayString("The first day in force."),
  endDate: bodyDayString("Not before startDate; null or absent for no fixed end.").nullable().optional(),
  isExclusive: z.boolean().default(false),
  notes: z.string().optional().meta({ description: "At most 5000 characters." }),
  missionId: z
    .string()
    .nullable()
    .optional()
    .meta({ description: "The mission it was signed on (not archived), or null." }),
  themes: z
    .array(z.strictObject({ year: z.number().int(), theme: z.string() }))
    .max(maxThemes, { error: "tooLong" })
    .optional()
    .meta({
      description: `At most ${maxThemes}; one per year, within the agreement's years. A PUT replaces them all.`,
    }),
});

const toListItem = (agreement: AgreementRow) => ({
  id: agreement.id,
  title: agreement.title,
  kind: agreement.kind,
  counterpart: agreement.counterpart,
  destination: agreement.destination,
  startDate: jsonDay(agreement.startDate),
  endDate: agreement.endDate ? jsonDay(agreement.endDate) : null,
  isExclusive: agreement.isExclusive,
  archived: agreement.archivedAt !== null,
});

/** The body in the form's own names and formats (empty text for "none"), so the form schema judges it. */
const formValues = (input: z.output<typeof body>) => ({
  title: input.title,
  kind: input.kind,
  counterpart: input.counterpart,
  destinationId: input.destinationId,
  startDate: input.startDate,
  endDate: input.endDate ?? "",
  isExclusive: input.isExclusive,
  notes: input.notes ?? "",
  missionId: input.missionId ?? "",
  themes: input.themes ?? [],
});

export const agreementsResource = defineResource({
  name: "agreements",
  title: "Agreements",
  description:
    "Cooperation instruments with counterparts abroad (trademark licences, twinnings, memoranda, programmes), with their yearly themes.",
  listQuery: agreementListSchema,
  listItem,
  item,
  list: async (user, params) => {
    const { rows, total } = await listAgreements(user, params);
    return { rows: rows.map(toListItem), total };
  },
  get: async (user, id) => {
    const agreement = await getAgreement(user, id);
    if (!agreement) return null;
    return {
      ...toListItem(agreement),
      destinationId: agreement.destinationRef.id,
      notes: agreement.notes,
      mission: agreement.mission,
      themes: agreement.themes,
      version: agreement.version,
      updatedAt: jsonInstant(agreement.updatedAt),
    };
  },
  canWrite: (user) => can(user, "records.edit"),
  body,
  create: (user, input) => createAgreement(user, parseWithAreaSchema(agreementSchema, formValues(input))),
  update: (user, id, version, input) =>
    updateAgreement(user, parseWithAreaSchema(updateAgreementSchema, { ...formValues(input), id, version })),
  archive: (user, id, version) => setAgreementArchived(user, { id, version, archived: true }),
  restore: (user, id, version) => setAgreementArchived(user, { id, version, archived: false }),
});

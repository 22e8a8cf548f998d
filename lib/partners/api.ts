import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { defineResource, instantString, jsonInstant } from "@/lib/api/resource";
import { can } from "@/lib/policy";
import { partnerKinds, partnerListSchema } from "@/lib/partners/list-params";
import { createPartner, setPartnerArchived, updatePartner } from "@/lib/partners/mutations";
import { getPartner, listPartners } from "@/lib/partners/queries";
import { partnerSchema, updatePartnerSchema } from "@/lib/partners/schemas";

// /api/v1/partners: the organisations that co-run the programme. The department's list: ADMIN,
// STAFF and MANAGER read it; a partner user is refused, as on the partners page.

const kind = z.enum(partnerKinds, { error: "invalidChoice" });

const listItem = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind,
  isActive: z
    .boolean()
    .meta({ description: "false: no longer runs actions with the Métropole, but keeps its history." }),
  archived: z.boolean(),
});

const item = listItem.extend({
  userCount: z.number().int().meta({ description: "How many user accounts belong to the organisation." }),
  version: z.number().int(),
  updatedAt: instantString,
});

const body = z.strictObject({
  name: z.string().meta({ description: "Unique (any case), at most 200 characters.", examples: ["Team Côte d'Azur"] }),
  shortName: z.string().meta({ description: "Unique (any case), at most 40 characters.", examples: ["TCA"] }),
  kind,
  isActive: z
    .boolean()
    .default(true)
    .meta({ description: "true when absent, on a PUT too (a PUT replaces the record)." }),
});

const formValues = (input: z.output<typeof body>) => ({
  name: input.name,
  shortName: input.shortName,
  kind: input.kind,
  isActive: input.isActive,
});

export const partnersResource = defineResource({
  name: "partners",
  title: "Partners",
  description:
    "The partner organisations of the programme (Team Côte d'Azur, OTCN, the Région…). Partner users may not read this list.",
  listQuery: partnerListSchema,
  listItem,
  item,
  list: async (user, params) => {
    const { rows, total } = await listPartners(user, params);
    // The list holds archived partners only when asked for (archived=true) and never mixes both.
    const archived = params.archived === true;
    return {
      rows: rows.map(({ id, name, shortName, kind, isActive }) => ({ id, name, shortName, kind, isActive, archived })),
      total,
    };
  },
  get: async (user, id) => {
    const partner = await getPartner(user, id);
    if (!partner) return null;
    const { id: partnerId, name, shortName, kind, isActive, archivedAt, userCount, version, updatedAt } = partner;
    return {
      id: partnerId,
      name,
      shortName,
      kind,
      isActive,
      archived: archivedAt !== null,
      userCount,
      version,
      updatedAt: jsonInstant(updatedAt),
    };
  },
  canWrite: (user) => can(user, "reference.edit"),
  body,
  create: (user, input) => createPartner(user, parseWithAreaSchema(partnerSchema, formValues(input))),
  update: (user, id, version, input) =>
    updatePartner(user, parseWithAreaSchema(updatePartnerSchema, { ...formValues(input), id, version })),
  archive: (user, id, version) => setPartnerArchived(user, { id, version, archived: true }),
  restore: (user, id, version) => setPartnerArchived(user, { id, version, archived: false }),
});

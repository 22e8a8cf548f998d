import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { answerShapeOf, toAnswerFields } from "@/lib/api/records-json";
import { bodyFormInput, jsonBodyOf } from "@/lib/records/json-fields";
import { defineResource, instantString, jsonInstant } from "@/lib/api/resource";
import { can } from "@/lib/policy";
import { partnerFields } from "@/lib/partners/fields";
import { partnerListSchema } from "@/lib/partners/list-params";
import { createPartner, setPartnerArchived, updatePartner } from "@/lib/partners/mutations";
import { getPartner, listPartners } from "@/lib/partners/queries";
import { partnerSchema, updatePartnerSchema } from "@/lib/partners/schemas";

// /api/v1/partners: the organisations that co-run the programme. The department's list: ADMIN,
// STAFF and MANAGER read it; a partner user is refused, as on the partners page.

const listItem = z.object({ id: z.string(), ...answerShapeOf(partnerFields), archived: z.boolean() });

const item = listItem.extend({
  userCount: z.number().int().meta({ description: "How many user accounts belong to the organisation." }),
  version: z.number().int(),
  updatedAt: instantString,
});

const body = jsonBodyOf(partnerFields);

const formValues = (input: z.output<typeof body>) => bodyFormInput(partnerFields, input);

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
      rows: rows.map((row) => ({ id: row.id, ...toAnswerFields(partnerFields, row), archived })),
      total,
    };
  },
  get: async (user, id) => {
    const partner = await getPartner(user, id);
    if (!partner) return null;
    return {
      id: partner.id,
      ...toAnswerFields(partnerFields, partner),
      archived: partner.archivedAt !== null,
      userCount: partner.userCount,
      version: partner.version,
      updatedAt: jsonInstant(partner.updatedAt),
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

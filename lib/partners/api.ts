import "server-only";
import { z } from "zod";
import { declaredResource } from "@/lib/api/declared-resource";
import { can } from "@/lib/policy";
import { partnerFields } from "@/lib/partners/fields";
import { partnerListSchema } from "@/lib/partners/list-params";
import { createPartner, setPartnerArchived, updatePartner } from "@/lib/partners/mutations";
import { getPartner, listPartners } from "@/lib/partners/queries";
import { partnerSchema, updatePartnerSchema } from "@/lib/partners/schemas";

// /api/v1/partners: the organisations that co-run the programme. The department's list: ADMIN,
// STAFF and MANAGER read it; a partner user is refused, as on the partners page.

export const partnersResource = declaredResource({
  name: "partners",
  title: "Partners",
  description:
    "The partner organisations of the programme (Team Côte d'Azur, OTCN, the Région…). Partner users may not read this list.",
  fields: partnerFields,
  listQuery: partnerListSchema,
  list: listPartners,
  get: getPartner,
  itemExtra: {
    shape: { userCount: z.number().int().meta({ description: "How many user accounts belong to the organisation." }) },
    of: (partner) => ({ userCount: partner.userCount }),
  },
  canWrite: (user) => can(user, "reference.edit"),
  schemas: { create: partnerSchema, update: updatePartnerSchema },
  create: createPartner,
  update: updatePartner,
  setArchived: setPartnerArchived,
});

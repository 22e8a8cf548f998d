"use server";

import { formAction } from "@/lib/actions/form-action";
import { archiveSchema } from "@/lib/records/archive";
import { createPartner, setPartnerArchived, updatePartner } from "./mutations";
import { partnerSchema, updatePartnerSchema } from "./schemas";

// The partner forms' actions (lib/actions/form-action.ts). Saving a form goes to the partner.

const messages = "reference.validation";

export const createPartnerAction = formAction({
  caller: "reference.edit",
  schema: partnerSchema,
  messages,
  run: createPartner,
  revalidate: ["/partners"],
  redirectTo: ({ id }) => `/partners/${id}`,
});

export const updatePartnerAction = formAction({
  caller: "reference.edit",
  schema: updatePartnerSchema,
  messages,
  run: updatePartner,
  revalidate: [{ path: "/partners", type: "layout" }],
  redirectTo: (_data, input) => `/partners/${input.id}`,
});

export const setPartnerArchivedAction = formAction({
  caller: "reference.edit",
  schema: archiveSchema,
  messages,
  run: setPartnerArchived,
  revalidate: [{ path: "/partners", type: "layout" }],
});

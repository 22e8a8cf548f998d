"use server";

import { formAction } from "@/lib/actions/form-action";
import { archiveSchema } from "@/lib/records/archive";
import { createTown, setTownArchived, updateTown } from "./mutations";
import { townSchema, updateTownSchema } from "./schemas";

// The town forms' actions (lib/actions/form-action.ts). Saving a form goes to the town.

const messages = "reference.validation";

export const createTownAction = formAction({
  caller: "records.edit",
  schema: townSchema,
  messages,
  run: createTown,
  revalidate: ["/towns"],
  redirectTo: ({ id }) => `/towns/${id}`,
});

export const updateTownAction = formAction({
  caller: "records.edit",
  schema: updateTownSchema,
  messages,
  run: updateTown,
  revalidate: [{ path: "/towns", type: "layout" }],
  redirectTo: (_data, input) => `/towns/${input.id}`,
});

export const setTownArchivedAction = formAction({
  caller: "records.edit",
  schema: archiveSchema,
  messages,
  run: setTownArchived,
  revalidate: [{ path: "/towns", type: "layout" }],
});

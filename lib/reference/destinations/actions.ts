"use server";

import { formAction } from "@/lib/actions/form-action";
import { archiveSchema } from "@/lib/records/archive";
import { createDestination, setDestinationArchived, updateDestination } from "./mutations";
import { destinationSchema, updateDestinationSchema } from "./schemas";

// The destination forms' actions (lib/actions/form-action.ts). Saving a form goes to the destination.

const messages = "reference.validation";

export const createDestinationAction = formAction({
  caller: "reference.edit",
  schema: destinationSchema,
  messages,
  run: createDestination,
  revalidate: ["/destinations"],
  redirectTo: ({ id }) => `/destinations/${id}`,
});

export const updateDestinationAction = formAction({
  caller: "reference.edit",
  schema: updateDestinationSchema,
  messages,
  run: updateDestination,
  revalidate: [{ path: "/destinations", type: "layout" }],
  redirectTo: (_data, input) => `/destinations/${input.id}`,
});

export const setDestinationArchivedAction = formAction({
  caller: "reference.edit",
  schema: archiveSchema,
  messages,
  run: setDestinationArchived,
  revalidate: [{ path: "/destinations", type: "layout" }],
});

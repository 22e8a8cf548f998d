"use server";

import { formAction } from "@/lib/actions/form-action";
import { readFormWithLists } from "@/lib/actions/form-input";
import { archiveSchema } from "@/lib/records/archive";
import { changeEventStatus, createEvent, setEventArchived, updateEvent } from "./mutations";
import { changeEventStatusSchema, createEventSchema, eventListFields, updateEventSchema } from "./schemas";

// The event forms' actions (lib/actions/form-action.ts). Saving a form goes to the event.

const readEventForm = readFormWithLists(eventListFields);
const messages = "events.validation";
const revalidate = [{ path: "/events", type: "layout" }] as const;

export const createEventAction = formAction({
  caller: "records.edit",
  read: readEventForm,
  schema: createEventSchema,
  messages,
  run: createEvent,
  revalidate: ["/events"],
  redirectTo: ({ id }) => `/events/${id}`,
});

export const updateEventAction = formAction({
  caller: "records.edit",
  read: readEventForm,
  schema: updateEventSchema,
  messages,
  run: updateEvent,
  revalidate,
  redirectTo: (_data, input) => `/events/${input.id}`,
});

export const changeEventStatusAction = formAction({
  caller: "records.edit",
  schema: changeEventStatusSchema,
  messages,
  run: changeEventStatus,
  revalidate,
});

export const setEventArchivedAction = formAction({
  caller: "records.edit",
  schema: archiveSchema,
  run: setEventArchived,
  revalidate,
});

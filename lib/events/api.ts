import "server-only";
import { eventFields } from "@/lib/events/fields";
import { bodyFormInput } from "@/lib/records/json-fields";
import { parseWithAreaSchema } from "@/lib/api/input";
import { defineResource } from "@/lib/api/resource";
import { eventListSchema } from "@/lib/events/list-params";
import { changeEventStatus, createEvent, setEventArchived, updateEvent } from "@/lib/events/mutations";
import { canEditEvents, getEvent, listEvents } from "@/lib/events/queries";
import { changeEventStatusSchema, createEventSchema, updateEventSchema } from "@/lib/events/schemas";
import {
  eventBody,
  eventItem,
  eventListItem,
  eventStatusBody,
  toEventItem,
  toEventListItem,
} from "@/lib/events/api-json";

// /api/v1/events: international events organised in Nice. Partner users read those their
// organisation is involved in (others are 404); ADMIN and STAFF write; the data layer checks and audits.

export const eventsResource = defineResource({
  name: "events",
  title: "Events",
  description:
    "International events organised in Nice: dates (Europe/Paris), venue, attendance, sectors, partners, objectives. " +
    'Held events that started in a year (Paris time) are that year\'s "international events organised".',
  listQuery: eventListSchema,
  listItem: eventListItem,
  item: eventItem,
  list: async (user, params) => {
    const { rows, total } = await listEvents(user, params);
    return { rows: rows.map(toEventListItem), total };
  },
  get: async (user, id) => {
    const event = await getEvent(user, id);
    return event ? toEventItem(event) : null;
  },
  canWrite: canEditEvents,
  body: eventBody,
  create: (user, body) => createEvent(user, parseWithAreaSchema(createEventSchema, bodyFormInput(eventFields, body))),
  update: (user, id, version, body) =>
    updateEvent(user, parseWithAreaSchema(updateEventSchema, { ...bodyFormInput(eventFields, body), id, version })),
  archive: (user, id, version) => setEventArchived(user, { id, version, archived: true }),
  restore: (user, id, version) => setEventArchived(user, { id, version, archived: false }),
  statusBody: eventStatusBody,
  changeStatus: (user, id, version, body) =>
    changeEventStatus(user, parseWithAreaSchema(changeEventStatusSchema, { ...body, id, version })),
});

import type { EventInput } from "@/lib/events/schemas";
import { parisTime } from "./delegations";

// What the event forms hand the data layer once parsed (lib/events/schemas.ts), for tests that go
// through createEvent/updateEvent. Rows for the database itself come from buildEvent in
// ./demo-records.ts.

let sequence = 0;

/** A one-day event at the Palais de la Méditerranée in June 2017, attendance unknown, unless told otherwise. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  sequence += 1;
  return {
    title: `Événement ${sequence}`,
    startsAt: parisTime("2017-06-12T09:00"),
    endsAt: parisTime("2017-06-12T18:00"),
    venue: "Palais de la Méditerranée",
    attendance: null,
    summary: "",
    sectorIds: [],
    partnerIds: [],
    objectiveIds: [],
    ...overrides,
  };
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { assertCanEditRecords } from "@/lib/records/access";
import { findPartnerOptions } from "@/lib/reference/option-search";
import { listObjectiveOptions, listSectorOptions } from "@/lib/reference/options";
import type { EventDetail } from "./queries";

// What the create and edit forms need: the choices (archived reference data only when the event
// already links to it) and the event's values as the form's text fields. Partners are searched
// (GET /api/options/partners), not listed: only the event's own are sent, for their labels.

export async function eventFormOptions(actor: ActingUser, event?: EventDetail) {
  assertCanEditRecords(actor);
  const ids = (entries: { id: string }[] | undefined) => entries?.map((entry) => entry.id) ?? [];
  const [sectors, partners, objectives] = await Promise.all([
    listSectorOptions(actor.locale, ids(event?.sectors)),
    findPartnerOptions(actor, ids(event?.partners)),
    listObjectiveOptions(actor.locale, ids(event?.objectives)),
  ]);
  return { sectors, partners, objectives };
}

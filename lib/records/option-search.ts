import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { OptionQuery, PickerOption } from "./option-query";
import { partnerScope } from "./access";
import { dayOf, parisDay } from "@/lib/time";

// The joint-action form's pickers of missions, delegations and events (docs/decisions/011: at the
// scale of decades the form listed 200,000 records and took over 30 s to open). Each search reads
// what the record's own list would give the actor — a partner user only the records their
// organisation takes part in — active records only, most recent first (the ones an action is most
// likely about), at most `limit`. The date goes with the title: titles repeat over the years.
// Delegation titles have a trigram index; mission and event titles are read from the date index
// until `limit` rows match.

const titleContains = (q: string) => (q ? { title: { contains: q, mode: "insensitive" as const } } : {});

export async function searchMissionOptions(actor: ActingUser, { q, limit }: OptionQuery): Promise<PickerOption[]> {
  const partnerId = partnerScope(actor);
  const missions = await db.mission.findMany({
    where: { archivedAt: null, ...titleContains(q), ...(partnerId ? { partners: { some: { partnerId } } } : {}) },
    select: { id: true, title: true, startDate: true },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: limit,
  });
  return missions.map((mission) => ({ id: mission.id, label: mission.title, hint: dayOf(mission.startDate) }));
}

export async function searchDelegationOptions(actor: ActingUser, { q, limit }: OptionQuery): Promise<PickerOption[]> {
  const partnerId = partnerScope(actor);
  const delegations = await db.delegation.findMany({
    where: { archivedAt: null, ...titleContains(q), ...(partnerId ? { partners: { some: { id: partnerId } } } : {}) },
    select: { id: true, title: true, arrivalAt: true },
    orderBy: [{ arrivalAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return delegations.map((delegation) => ({
    id: delegation.id,
    label: delegation.title,
    hint: parisDay(delegation.arrivalAt),
  }));
}

export async function searchEventOptions(actor: ActingUser, { q, limit }: OptionQuery): Promise<PickerOption[]> {
  const partnerId = partnerScope(actor);
  const events = await db.internationalEvent.findMany({
    where: { archivedAt: null, ...titleContains(q), ...(partnerId ? { partners: { some: { id: partnerId } } } : {}) },
    select: { id: true, title: true, startsAt: true },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return events.map((event) => ({ id: event.id, label: event.title, hint: parisDay(event.startsAt) }));
}

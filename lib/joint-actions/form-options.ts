import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { dayOf } from "@/lib/missions/calendar-day";
import { partnerScope } from "@/lib/records/access";
import { listDestinationOptions, listObjectiveOptions, listPartnerOptions, type Option } from "@/lib/reference/options";
import type { JointActionDetail } from "./queries";

// What the create and edit forms offer: for a partner user only the missions, delegations and
// events their organisation takes part in (the mutations check again); archived entries only when
// the action already links to them.

export type JointActionFormOptions = {
  partners: Option[] | null;
  missions: Option[];
  delegations: Option[];
  events: Option[];
  destinations: Option[];
  objectives: Option[];
};

export async function jointActionFormOptions(actor: ActingUser, action?: JointActionDetail): Promise<JointActionFormOptions> {
  const scope = partnerScope(actor);
  const keep = (linked: { id: string } | null | undefined) => (linked ? [{ id: linked.id }] : []);
  const activeOr = (linked: { id: string } | null | undefined) => ({ OR: [{ archivedAt: null }, ...keep(linked)] });
  const [partners, missions, delegations, events, destinations, objectives] = await Promise.all([
    scope ? Promise.resolve(null) : listPartnerOptions(action ? [action.partnerId] : []),
    db.mission.findMany({ where: { AND: [activeOr(action?.mission), scope ? { partners: { some: { partnerId: scope } } } : {}] }, select: { id: true, title: true }, orderBy: { startDate: "desc" } }),
    db.delegation.findMany({ where: { AND: [activeOr(action?.delegation), scope ? { partners: { some: { id: scope } } } : {}] }, select: { id: true, title: true }, orderBy: { arrivalAt: "desc" } }),
    db.internationalEvent.findMany({ where: { AND: [activeOr(action?.event), scope ? { partners: { some: { id: scope } } } : {}] }, select: { id: true, title: true }, orderBy: { startsAt: "desc" } }),
    listDestinationOptions(action?.destination ? [action.destination.id] : []),
    listObjectiveOptions(actor.locale, action?.objective ? [action.objective.id] : []),
  ]);
  const titled = (rows: { id: string; title: string }[]) => rows.map((row) => ({ id: row.id, label: row.title }));
  return { partners, missions: titled(missions), delegations: titled(delegations), events: titled(events), destinations, objectives };
}

export function jointActionFormValues(action: JointActionDetail): Record<string, string> {
  return {
    id: action.id,
    version: String(action.version),
    partnerId: action.partnerId,
    date: dayOf(action.date),
    kind: action.kind,
    title: action.title,
    description: action.description,
    missionId: action.mission?.id ?? "",
    delegationId: action.delegation?.id ?? "",
    eventId: action.event?.id ?? "",
    destinationId: action.destination?.id ?? "",
    objectiveId: action.objective?.id ?? "",
    outcome: action.outcome,
    contactsCount: String(action.contactsCount),
    investorLeadsCount: String(action.investorLeadsCount),
  };
}

import "server-only";
import type { ActingUser } from "@/lib/auth";
import { partnerScope } from "@/lib/records/access";
import type { PickerOption } from "@/lib/records/option-query";
import { listObjectiveOptions, partnerLabel, type Option } from "@/lib/reference/options";
import type { JointActionDetail } from "./queries";
import { dayOf } from "@/lib/time";

// What the create and edit forms offer. The organisation (office staff only), missions,
// delegations, events and destinations are chosen with searchable pickers (GET /api/options/<kind>, which gives a partner user only the records
// their organisation takes part in; the mutations check again): listing them all took the form
// over 30 s to open at the scale of decades (docs/decisions/011-benchmark.md). The form gets only
// the entries the action links to now, for the pickers' labels, archived or not.

export type JointActionLinkField = "missionId" | "delegationId" | "eventId" | "destinationId";

export type JointActionFormOptions = {
  /** Office staff choose the organisation; a partner user's is their own. */
  choosesPartner: boolean;
  objectives: Option[];
  linked: Record<JointActionLinkField | "partnerId", PickerOption | null>;
};

export async function jointActionFormOptions(
  actor: ActingUser,
  action?: JointActionDetail,
): Promise<JointActionFormOptions> {
  const objectives = await listObjectiveOptions(actor.locale, action?.objective ? [action.objective.id] : []);
  // getJointAction already read the links the actor may see, with their labels.
  const option = (linked: { id: string; label: string } | null | undefined) =>
    linked ? { id: linked.id, label: linked.label } : null;
  const linked = {
    partnerId: action
      ? { id: action.partnerId, label: partnerLabel({ name: action.partnerName, shortName: action.partnerShortName }) }
      : null,
    missionId: option(action?.mission),
    delegationId: option(action?.delegation),
    eventId: option(action?.event),
    destinationId: option(action?.destination),
  };
  return { choosesPartner: partnerScope(actor) === null, objectives, linked };
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

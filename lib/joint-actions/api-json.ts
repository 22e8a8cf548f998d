import "server-only";
import { z } from "zod";
import { bodyDayString, dayString, instantString, jsonDay, jsonInstant } from "@/lib/api/resource";
import { maxLongTextLength, maxTitleLength } from "@/lib/records/form-fields";
import type { JointActionDetail, JointActionRow } from "@/lib/joint-actions/queries";
import { jointActionKinds, maxCount, type JointActionInput } from "@/lib/joint-actions/schemas";
import { destinationLink, namedLink, optionalId, optionalText, toDestinationLink, typed } from "@/lib/api/records-json";

// The JSON of /api/v1/joint-actions: answers mapped from lib/joint-actions/queries.ts, and the
// body as the joint-action form posts it (lib/joint-actions/schemas.ts reads both).

const partner = z
  .object({ id: z.string(), shortName: z.string(), name: z.string() })
  .meta({ description: "The organisation that logged the action." });
const titledLink = z.object({ id: z.string(), title: z.string() }).nullable();

export const jointActionListItem = z.object({
  id: z.string(),
  date: dayString.meta({ description: "The day of the action (a calendar day)." }),
  kind: z.enum(jointActionKinds),
  title: z.string(),
  partner,
  contactsCount: z.number().int(),
  investorLeadsCount: z.number().int(),
  archived: z.boolean(),
});

export const jointActionItem = jointActionListItem.extend({
  description: z.string(),
  outcome: z.string(),
  mission: titledLink.meta({ description: "The linked mission, if any." }),
  delegation: titledLink.meta({ description: "The linked delegation, if any." }),
  event: titledLink.meta({ description: "The linked event, if any." }),
  destination: destinationLink.nullable().meta({ description: "The city abroad concerned, if any." }),
  objective: namedLink.nullable().meta({ description: "The objective served, in the caller's language, if any." }),
  version: z.number().int(),
  updatedAt: instantString,
});

export function toJointActionListItem(row: JointActionRow): z.output<typeof jointActionListItem> {
  return {
    id: row.id,
    date: jsonDay(row.date),
    kind: row.kind,
    title: row.title,
    partner: { id: row.partnerId, shortName: row.partnerShortName, name: row.partnerName },
    contactsCount: row.contactsCount,
    investorLeadsCount: row.investorLeadsCount,
    archived: row.archivedAt !== null,
  };
}

const titled = (link: { id: string; label: string } | null) => (link ? { id: link.id, title: link.label } : null);

export function toJointActionItem(action: JointActionDetail): z.output<typeof jointActionItem> {
  return {
    ...toJointActionListItem(action),
    description: action.description,
    outcome: action.outcome,
    mission: titled(action.mission),
    delegation: titled(action.delegation),
    event: titled(action.event),
    destination: action.destination ? toDestinationLink(action.destination) : null,
    objective: action.objective ? { id: action.objective.id, name: action.objective.label } : null,
    version: action.version,
    updatedAt: jsonInstant(action.updatedAt),
  };
}

const counter = (description: string) =>
  z
    .number(typed)
    .int({ error: "countOutOfRange" })
    .optional()
    .meta({ description: `${description}, 0 to ${maxCount}; omitted means 0.` });

export const jointActionBody = z.strictObject({
  partnerId: optionalId("the organisation the action is for").meta({
    description:
      "The organisation the action is for: required from ADMIN and STAFF. A partner user's actions are always their own organisation's, whatever is sent.",
  }),
  date: bodyDayString("The day of the action: at most a year ahead; not in a closed year."),
  kind: z.enum(jointActionKinds, { error: "invalidChoice" }),
  title: z
    .string(typed)
    .meta({ description: `At most ${maxTitleLength} characters.`, examples: ["Salon MIPIM — stand commun"] }),
  description: optionalText(maxLongTextLength),
  missionId: optionalId("a mission (for a partner user: one their organisation takes part in)"),
  delegationId: optionalId("a delegation (for a partner user: one their organisation takes part in)"),
  eventId: optionalId("an event (for a partner user: one their organisation takes part in)"),
  destinationId: optionalId("a city abroad"),
  objectiveId: optionalId("the objective served"),
  outcome: optionalText(maxLongTextLength),
  contactsCount: counter("Contacts made"),
  investorLeadsCount: counter("Investor leads"),
});

export type JointActionBody = z.output<typeof jointActionBody>;

/** The body as the joint-action form posts it (every field is text there). */
export function jointActionFormValues(body: JointActionBody): Record<keyof JointActionInput, string> {
  return {
    partnerId: body.partnerId ?? "",
    date: body.date,
    kind: body.kind,
    title: body.title,
    description: body.description ?? "",
    missionId: body.missionId ?? "",
    delegationId: body.delegationId ?? "",
    eventId: body.eventId ?? "",
    destinationId: body.destinationId ?? "",
    objectiveId: body.objectiveId ?? "",
    outcome: body.outcome ?? "",
    contactsCount: String(body.contactsCount ?? 0),
    investorLeadsCount: String(body.investorLeadsCount ?? 0),
  };
}

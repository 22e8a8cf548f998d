import "server-only";
import { z } from "zod";
import { instantString, jsonInstant } from "@/lib/api/resource";
import { delegationFields } from "@/lib/delegations/fields";
import type { DelegationDetail, DelegationRow } from "@/lib/delegations/queries";
import { delegationStatuses } from "@/lib/delegations/schemas";
import { jsonBodyOf } from "@/lib/records/json-fields";
import { answerShapeOf, statusChangeReason, toAnswerFields } from "@/lib/api/records-json";

// The JSON of /api/v1/delegations: the list's items mapped from lib/delegations/queries.ts; the
// item's fields and the body derived from the delegation's field declarations
// (lib/delegations/fields.ts), the body read by the delegation form's schema.

const status = z.enum(delegationStatuses).meta({
  description: "EXPECTED → WELCOMED (once arrived) or CANCELLED, and back to EXPECTED (change it with POST …/status).",
});

export const delegationListItem = z.object({
  id: z.string(),
  title: z.string(),
  origin: z.string().meta({ description: '"City, Country", or the country alone, in the caller\'s language.' }),
  arrivalAt: instantString.meta({ description: "Arrival in Nice (UTC)." }),
  departureAt: instantString.meta({ description: "Departure (UTC)." }),
  size: z.number().int().meta({ description: "Number of people." }),
  status,
  archived: z.boolean(),
});

export const delegationItem = delegationListItem.extend({
  ...answerShapeOf(delegationFields),
  cancellationReason: z.string().nullable().meta({ description: "Set while the delegation is cancelled." }),
  version: z.number().int(),
  updatedAt: instantString,
});

export function toDelegationListItem(row: DelegationRow): z.output<typeof delegationListItem> {
  return {
    id: row.id,
    title: row.title,
    origin: row.origin,
    arrivalAt: jsonInstant(row.arrivalAt),
    departureAt: jsonInstant(row.departureAt),
    size: row.size,
    status: row.status,
    archived: row.archivedAt !== null,
  };
}

export function toDelegationItem(delegation: DelegationDetail): z.output<typeof delegationItem> {
  return {
    ...toDelegationListItem(delegation),
    ...toAnswerFields(delegationFields, delegation),
    cancellationReason: delegation.cancellationReason,
    version: delegation.version,
    updatedAt: jsonInstant(delegation.updatedAt),
  };
}

export const delegationBody = jsonBodyOf(delegationFields);

export const delegationStatusBody = z.strictObject({
  status: z.enum(delegationStatuses, { error: "invalidChoice" }),
  cancellationReason: statusChangeReason,
});

import "server-only";
import { z } from "zod";
import { instantString, jsonInstant } from "@/lib/api/resource";
import { maxLongTextLength, maxShortTextLength, maxTitleLength } from "@/lib/delegations/record-fields";
import type { DelegationDetail, DelegationRow } from "@/lib/delegations/queries";
import { delegationStatuses, maxDelegationSize, type DelegationInput } from "@/lib/delegations/schemas";
import {
  idArray,
  namedLink,
  optionalId,
  optionalText,
  parisLocalDateTime,
  statusChangeReason,
  toNamedLinks,
  typed,
} from "./records-json";

// The JSON of /api/v1/delegations: answers mapped from lib/delegations/queries.ts, and the body
// as the delegation form posts it (lib/delegations/schemas.ts reads both).

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
  originDestinationId: z.string().nullable().meta({ description: "The origin city (a destination), when known." }),
  originCountryCode: z.string().meta({ description: "ISO 3166-1 alpha-2 code of the origin country." }),
  cancellationReason: z.string().nullable().meta({ description: "Set while the delegation is cancelled." }),
  hostName: z.string().meta({ description: "The officer hosting the delegation." }),
  programme: z.string(),
  sectors: z.array(namedLink).meta({ description: "Named in the caller's language." }),
  partners: z.array(namedLink).meta({ description: "Partner organisations involved." }),
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
    originDestinationId: delegation.originDestinationId,
    originCountryCode: delegation.originCountryCode,
    cancellationReason: delegation.cancellationReason,
    hostName: delegation.hostName,
    programme: delegation.programme,
    sectors: toNamedLinks(delegation.sectors),
    partners: toNamedLinks(delegation.partners),
    version: delegation.version,
    updatedAt: jsonInstant(delegation.updatedAt),
  };
}

export const delegationBody = z.strictObject({
  title: z.string(typed).meta({
    description: `At most ${maxTitleLength} characters.`,
    examples: ["Délégation de Haïfa — santé connectée"],
  }),
  originDestinationId: optionalId("the origin city (a destination); its country is then the origin country"),
  originCountryCode: z
    .string(typed)
    .nullable()
    .optional()
    .meta({ description: "ISO 3166-1 alpha-2 code; required when there is no origin city.", examples: ["IL"] }),
  arrivalAt: parisLocalDateTime("Arrival in Nice."),
  departureAt: parisLocalDateTime("Departure, not before the arrival."),
  size: z
    .number(typed)
    .int({ error: "sizeOutOfRange" })
    .meta({ description: `Number of people, 1 to ${maxDelegationSize}.` }),
  hostName: optionalText(maxShortTextLength),
  programme: optionalText(maxLongTextLength),
  sectorIds: idArray("sectors"),
  partnerIds: idArray("partner organisations involved"),
});

export type DelegationBody = z.output<typeof delegationBody>;

export const delegationStatusBody = z.strictObject({
  status: z.enum(delegationStatuses, { error: "invalidChoice" }),
  cancellationReason: statusChangeReason,
});

/** The body as the delegation form posts it: text fields, lists for the checkbox groups. */
export function delegationFormValues(body: DelegationBody): Record<keyof DelegationInput, string | string[]> {
  return {
    title: body.title,
    originDestinationId: body.originDestinationId ?? "",
    originCountryCode: body.originCountryCode ?? "",
    arrivalAt: body.arrivalAt,
    departureAt: body.departureAt,
    size: String(body.size),
    hostName: body.hostName ?? "",
    programme: body.programme ?? "",
    sectorIds: body.sectorIds ?? [],
    partnerIds: body.partnerIds ?? [],
  };
}

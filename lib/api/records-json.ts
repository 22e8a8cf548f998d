import "server-only";
import { z } from "zod";
import { typed } from "@/lib/records/json-fields";
import { acceptedYears } from "@/lib/time";

// JSON pieces shared by the operational records' resources (missions, delegations, events, joint
// actions): linked reference data in answers, and body fields whose zod messages are the forms'
// message codes, so a body refused before the area's schema runs still reads like a form error.

export { typed };

/** A linked record named in the caller's language (sectors, objectives) or by its name (partners). */
export const namedLink = z.object({ id: z.string(), name: z.string() });

export const toNamedLinks = (links: { id: string; label: string }[]) =>
  links.map(({ id, label }) => ({ id, name: label }));

export const destinationLink = z.object({
  id: z.string(),
  city: z.string(),
  countryCode: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
});

export const toDestinationLink = ({ id, city, countryCode }: { id: string; city: string; countryCode: string }) => ({
  id,
  city,
  countryCode,
});

/** Free text of at most `max` characters; omitted means empty. */
export const optionalText = (max: number) =>
  z
    .string(typed)
    .optional()
    .meta({ description: `At most ${max} characters; omitted means empty.` });

/** Ids of reference records; omitted means none. */
export const idArray = (what: string) =>
  z
    .array(z.string(typed), typed)
    .optional()
    .meta({ description: `Ids of ${what}; omitted means none. Archived entries are refused unless already linked.` });

/** A nullable link to one record: null or omitted means none. */
export const optionalId = (what: string) =>
  z
    .string(typed)
    .nullable()
    .optional()
    .meta({ description: `Id of ${what}; null or omitted means none.` });

/**
 * Delegations and events are timed in Paris: bodies take the wall-clock time the forms take
 * (lib/time.ts, parisInputToDate), answers give the instant in UTC.
 */
export const parisLocalDateTime = (description: string) =>
  z
    .string(typed)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "invalid" })
    .meta({
      description: `${description} Europe/Paris local time without offset, "YYYY-MM-DDTHH:MM" (e.g. "2016-05-12T14:30" is 12:30 UTC), in the years ${acceptedYears.first} to ${acceptedYears.last}. Answers give the instant in UTC (ISO 8601).`,
      examples: ["2016-05-12T14:30"],
    });

export const statusChangeReason = z
  .string(typed)
  .optional()
  .meta({ description: "Why the record is cancelled: required when `status` is CANCELLED, at most 1000 characters." });

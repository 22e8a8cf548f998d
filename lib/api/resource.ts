import "server-only";
import { z } from "zod";
import type { ActingUser } from "@/lib/auth";
import { acceptedDays } from "@/lib/time";

// What one /api/v1 resource is: its list parameters, its JSON shapes and the data-layer functions
// behind each operation. The routes (lib/api/resource-handlers.ts) and the OpenAPI document
// (lib/api/openapi.ts) are both built from these definitions, so the contract cannot drift from
// the code. Each definition lives next to its area, in lib/<area>/api.ts, and only adapts: validation,
// authorization, scoping and audit stay in lib/<area> (one data layer).

export type ApiResource = {
  /** The path segment: plural, kebab-case ("joint-actions"). */
  name: string;
  /** For the reference page and the OpenAPI tag. */
  title: string;
  description: string;
  /** The area's own list schema: the same filters, sorting and pagination as its page. */
  listQuery: z.ZodObject;
  /** One entry of a list answer, and one full record (with `id` and `version`). */
  listItem: z.ZodType;
  item: z.ZodType;
  list(user: ActingUser, params: Record<string, unknown>): Promise<{ rows: unknown[]; total: number }>;
  /** The record as `item` describes it, or null when it does not exist or is outside the user's scope. */
  get(user: ActingUser, id: string): Promise<{ version: number } | null>;
  /** Who may call the writing operations (checked before the body is read; the data layer checks again). */
  canWrite(user: ActingUser): boolean;
  /** A strict object: the fields a create accepts. An update takes the same fields plus `version`. */
  body?: z.ZodObject;
  create?(user: ActingUser, body: Record<string, unknown>): Promise<{ id: string }>;
  update?(user: ActingUser, id: string, version: number, body: Record<string, unknown>): Promise<void>;
  archive?(user: ActingUser, id: string, version: number): Promise<void>;
  restore?(user: ActingUser, id: string, version: number): Promise<void>;
  /** Status changes (missions, delegations, events): a strict object with `status` (and its own fields). */
  statusBody?: z.ZodObject;
  changeStatus?(user: ActingUser, id: string, version: number, body: Record<string, unknown>): Promise<void>;
  /** Who may ask for a status change, when more than `canWrite` (a manager approving a mission). */
  canChangeStatus?(user: ActingUser): boolean;
};

/** Types one resource's functions against its own schemas, then erases them for the registry. */
export function defineResource<
  TQuery extends z.ZodObject,
  TBody extends z.ZodObject = z.ZodObject,
  TStatus extends z.ZodObject = z.ZodObject,
>(resource: {
  name: string;
  title: string;
  description: string;
  listQuery: TQuery;
  listItem: z.ZodType;
  item: z.ZodType;
  list(user: ActingUser, params: z.output<TQuery>): Promise<{ rows: unknown[]; total: number }>;
  get(user: ActingUser, id: string): Promise<{ version: number } | null>;
  canWrite(user: ActingUser): boolean;
  body?: TBody;
  create?(user: ActingUser, body: z.output<TBody>): Promise<{ id: string }>;
  update?(user: ActingUser, id: string, version: number, body: z.output<TBody>): Promise<void>;
  archive?(user: ActingUser, id: string, version: number): Promise<void>;
  restore?(user: ActingUser, id: string, version: number): Promise<void>;
  statusBody?: TStatus;
  changeStatus?(user: ActingUser, id: string, version: number, body: z.output<TStatus>): Promise<void>;
  canChangeStatus?(user: ActingUser): boolean;
}): ApiResource {
  return resource as unknown as ApiResource;
}

/** The version field an update or status change may carry in its body (or in If-Match). */
export const bodyVersion = z
  .number()
  .int()
  .min(1)
  .max(1_000_000_000)
  .optional()
  .meta({ description: "The version you loaded (or send If-Match)." });

export function updateBodyOf(body: z.ZodObject): z.ZodObject {
  return body.extend({ version: bodyVersion });
}

/** Dates in answers: calendar days as YYYY-MM-DD, instants as ISO 8601 UTC. */
export const jsonDay = (date: Date) => date.toISOString().slice(0, 10);
export const jsonInstant = (date: Date) => date.toISOString();
export const dayString = z.iso.date();
export const instantString = z.iso.datetime();

/**
 * A day in a request body, "YYYY-MM-DD". Whether it is a real day of the accepted years
 * (lib/time.ts) is the area's form schema's call, which reports it with the body's other problems.
 */
export const bodyDayString = (description: string) =>
  z.iso.date({ error: (issue) => (issue.input === undefined ? "required" : "invalidDate") }).meta({
    description: `${description} From ${acceptedDays.first} to ${acceptedDays.last}.`,
    examples: ["2016-05-12"],
  });

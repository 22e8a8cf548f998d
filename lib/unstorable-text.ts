import { DomainError } from "@/lib/action-result";
import { Prisma } from "@/lib/generated/prisma/client";

// PostgreSQL cannot hold every JavaScript string: text and jsonb refuse U+0000, and jsonb refuses
// half of a surrogate pair (text silently turns it into U+FFFD). Such characters arrive from
// pasted binary, broken clients or attackers — never from a person typing — and used to surface
// as "unexpected error" (500) from whichever query met them first (docs/reliability.md, fuzzing). This guard
// sits on the app's Prisma client, so every form, API call and page is covered at once.

const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableEverywhere = new RegExp(unstorable.source, "g");

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether a query's arguments hold text PostgreSQL cannot store (in arrays, plain objects and raw SQL's values too). */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === "string") return unstorable.test(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (value instanceof Prisma.Sql) return value.values.some(hasUnstorableText);
  if (isPlainObject(value)) return Object.values(value).some(hasUnstorableText);
  return false;
}

/** The arguments with each unstorable character replaced by U+FFFD, which no stored id or name contains either. */
export function withStorableText<T>(value: T): T {
  if (typeof value === "string") return value.replace(unstorableEverywhere, "\uFFFD") as T;
  if (Array.isArray(value)) return value.map(withStorableText) as T;
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withStorableText(item)])) as T;
  return value;
}

const readOperations = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/**
 * Reads with such text (an id in a URL, a search) simply match nothing, as they would if
 * PostgreSQL could compare them; writes are refused with a message the user can act on.
 */
export const unstorableTextGuard = Prisma.defineExtension({
  name: "unstorableTextGuard",
  query: {
    async $allOperations({ operation, args, query }) {
      if (!hasUnstorableText(args)) return query(args);
      if (readOperations.has(operation)) return query(withStorableText(args));
      throw new DomainError("unstorableText");
    },
  },
});

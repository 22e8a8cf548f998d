import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { canReadAllRecords } from "@/lib/records/access";

/**
 * Agreements, towns, destinations and partners are the department's: ADMIN, STAFF and MANAGER
 * read them. They involve no partner organisation, so a partner user has nothing to read here.
 */
export function assertCanReadOfficeRecords(actor: ActingUser): void {
  if (!canReadAllRecords(actor)) throw new DomainError("forbidden");
}

/** The years from `first` to `last` (either may be missing), newest first, for a year filter. */
export function yearsBetween(first: Date | null | undefined, last: Date | null | undefined): number[] {
  if (!first && !last) return [];
  const from = (first ?? last)!.getUTCFullYear();
  const to = (last ?? first)!.getUTCFullYear();
  return Array.from({ length: Math.max(0, to - from) + 1 }, (_, index) => to - index);
}

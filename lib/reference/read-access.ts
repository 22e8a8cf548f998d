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

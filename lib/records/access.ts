import "server-only";
import { DomainError } from "@/lib/action-result";
import { hasRole, type ActingUser } from "@/lib/auth";

// Who may do what with the operational records (missions, delegations, events, agreements, towns).
// Every lib/<area> function calls one of these first; pages and actions check too, but these are
// the rule (docs/decisions/005-sessions-and-access.md).

/** STAFF keep the records; ADMIN may too. MANAGER reads only; PARTNER reads their own (issue 6). */
export function assertCanEditRecords(actor: ActingUser): void {
  if (!hasRole(actor, "ADMIN", "STAFF")) throw new DomainError("forbidden");
}

/** ADMIN, STAFF and MANAGER read every record; partners use partnerScope instead. */
export function canReadAllRecords(actor: ActingUser): boolean {
  return hasRole(actor, "ADMIN", "STAFF", "MANAGER");
}

/**
 * The organisation whose records a partner user may read, or null for users who read everything.
 * A partner user with no organisation reads nothing (the database forbids that state anyway).
 */
export function partnerScope(actor: ActingUser): string | null {
  if (canReadAllRecords(actor)) return null;
  if (!actor.partnerId) throw new DomainError("forbidden");
  return actor.partnerId;
}

/** Reference data: sectors, objectives and priority periods are ADMIN's; partners and destinations STAFF's too. */
export function assertCanEditReference(actor: ActingUser, kind: "sector" | "objective" | "period" | "partner" | "destination"): void {
  const editors = kind === "partner" || kind === "destination" ? (["ADMIN", "STAFF"] as const) : (["ADMIN"] as const);
  if (!hasRole(actor, ...editors)) throw new DomainError("forbidden");
}

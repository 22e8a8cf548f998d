import "server-only";
import { DomainError } from "@/lib/action-result";
import { type ActingUser } from "@/lib/auth";
import { can } from "@/lib/policy";

// Who may do what with the operational records (missions, delegations, events, agreements, towns).
// Every lib/<area> function calls one of these first; pages and actions check too, but these are
// the rule (docs/decisions/005-sessions-and-access.md).

/** STAFF keep the records; ADMIN may too. MANAGER reads only; PARTNER reads their own (decision 005). */
export function assertCanEditRecords(actor: ActingUser): void {
  if (!can(actor, "records.edit")) throw new DomainError("forbidden");
}

/** ADMIN, STAFF and MANAGER read every record; partners use partnerScope instead. */
export function canReadAllRecords(actor: ActingUser): boolean {
  return can(actor, "records.read");
}

/**
 * The organisation whose records a partner user may read, or null for users who read everything.
 * A partner user with no organisation reads nothing (the database forbids that state anyway).
 */
export function partnerScope(actor: ActingUser): string | null {
  if (canReadAllRecords(actor)) return null;
  if (!can(actor, "records.readOwn") || !actor.partnerId) throw new DomainError("forbidden");
  return actor.partnerId;
}

/**
 * Reference data: partners and destinations are kept by records' keepers; sectors, objectives,
 * priority periods and daily allowance rates are administration.
 */
export function assertCanEditReference(
  actor: ActingUser,
  kind: "sector" | "objective" | "period" | "partner" | "destination" | "allowanceRate" | "missionOrderRule",
): void {
  if (!can(actor, kind === "partner" || kind === "destination" ? "reference.edit" : "codeLists.manage"))
    throw new DomainError("forbidden");
}

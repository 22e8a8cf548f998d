// Who may do what, in one place (docs/decisions/005-sessions-and-access.md). Code asks for a
// capability — `can(user, "records.edit")`, `requireCapability("years.close")` — never for a
// role: which roles hold a capability is decided here and nowhere else, and the authorization
// matrix (tests/authorization/matrix.ts) checks every endpoint against this table. Partner
// users' organisation scope is applied by the data layer on top (lib/records/access.ts).
// No server imports: pages, components and the data layer all read it.
import type { Role } from "@/lib/auth/schemas";

const office = ["ADMIN", "STAFF", "MANAGER"] as const satisfies readonly Role[];
const keepers = ["ADMIN", "STAFF"] as const satisfies readonly Role[];

export const policy = {
  /** Read every mission, delegation, event, agreement and town (partners read their own: records.readOwn). */
  "records.read": office,
  /** Read the missions, delegations and events their organisation takes part in. */
  "records.readOwn": ["PARTNER"],
  /** Open the missions, delegations and events lists: every record for office users, their organisation's for partners (read-only). */
  "programme.read": ["ADMIN", "STAFF", "MANAGER", "PARTNER"],
  /** Create, change, archive and import the operational records. */
  "records.edit": keepers,
  /** Read joint actions (partners: their organisation's). */
  "jointActions.read": ["ADMIN", "STAFF", "MANAGER", "PARTNER"],
  /** Approve a submitted mission or return it with a comment; reopen a completed one (decision 015). */
  "missions.approve": ["ADMIN", "MANAGER"],
  /** Answer a completed mission's follow-ups (partners: for their own organisation; decision 020). */
  "followUps.answer": ["ADMIN", "STAFF", "PARTNER"],
  /** Log and change joint actions (partners: for their own organisation only). */
  "jointActions.log": ["ADMIN", "STAFF", "PARTNER"],
  /** The dashboard's figures, breakdowns, exports and annual report, and the figures API. */
  "figures.read": office,
  /** Close a year: its figures are published as they stand. */
  "years.close": ["ADMIN", "MANAGER"],
  /** Reopen a closed year. */
  "years.reopen": ["ADMIN"],
  /** Read the partner organisations and destinations. */
  "reference.read": office,
  /** Keep the partner organisations and destinations. */
  "reference.edit": keepers,
  /** Read the sectors and objectives: their ids are what records and API bodies name. */
  "codeLists.read": ["ADMIN", "STAFF", "MANAGER", "PARTNER"],
  /** Keep the sectors, objectives and priority periods, and read the latter (they are administration). */
  "codeLists.manage": ["ADMIN"],
  /** Accounts, roles, passwords and sessions of other users. */
  "users.manage": ["ADMIN"],
  /** The audit log and its export. */
  "audit.read": ["ADMIN"],
  /** The administration's pages. */
  "administration.open": ["ADMIN"],
  /** A partner organisation's own workspace. */
  "workspace.open": ["PARTNER"],
  /** The shared calendar (partners: their organisation's items). */
  "calendar.read": ["ADMIN", "STAFF", "MANAGER", "PARTNER"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof policy;

export const capabilities = Object.keys(policy) as Capability[];

/** Whether a user of this role holds the capability. */
export function roleCan(role: Role, capability: Capability): boolean {
  return (policy[capability] as readonly Role[]).includes(role);
}

/** Whether the user holds the capability (their organisation's scope still applies in the data layer). */
export function can(user: { role: Role }, capability: Capability): boolean {
  return roleCan(user.role, capability);
}

/** The roles that hold a capability, for the matrix tests and the documentation. */
export function rolesWith(capability: Capability): readonly Role[] {
  return policy[capability];
}

/**
 * Users of a role that belongs to a partner organisation: they must have one, and see only what
 * it takes part in. Other users must have none.
 */
export function roleHasOrganisation(role: Role): boolean {
  return roleCan(role, "records.readOwn");
}

/** The role that manages users: the last active user holding it cannot lose it or be deactivated. */
export function isUserManagerRole(role: Role): boolean {
  return roleCan(role, "users.manage");
}

/** The role a new account gets unless the administrator chooses another: an officer's. */
export const defaultRoleForNewUser: Role = "STAFF";

import type { Role } from "@/lib/auth/schemas";

const office: Role[] = ["ADMIN", "STAFF", "MANAGER"];

/** The areas of the app in navigation order, and who may open each. Each issue fills one of them. */
export const areaRoles = {
  dashboard: office,
  missions: office,
  delegations: office,
  events: office,
  "joint-actions": ["ADMIN", "STAFF", "MANAGER", "PARTNER"],
  partners: office,
  destinations: office,
  agreements: office,
  towns: office,
  calendar: ["ADMIN", "STAFF", "MANAGER", "PARTNER"],
  workspace: ["PARTNER"],
  admin: ["ADMIN"],
} as const satisfies Record<string, Role[]>;

export type Area = keyof typeof areaRoles;

export const areas = Object.keys(areaRoles) as Area[];

export function areaHref(area: Area): string {
  return `/${area}`;
}

export function areasFor(role: Role): Area[] {
  return areas.filter((area) => (areaRoles[area] as readonly Role[]).includes(role));
}

/** Where a user lands after signing in. */
export function homeFor(role: Role): string {
  return role === "PARTNER" ? areaHref("workspace") : areaHref("dashboard");
}

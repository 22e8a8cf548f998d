import type { Role } from "@/lib/auth/schemas";
import { roleCan, type Capability } from "@/lib/policy";

/** The areas of the app in navigation order, and the capability that opens each (lib/policy.ts). */
export const areaCapability = {
  dashboard: "figures.read",
  missions: "programme.read",
  delegations: "programme.read",
  events: "programme.read",
  "joint-actions": "jointActions.read",
  partners: "reference.read",
  destinations: "reference.read",
  agreements: "records.read",
  towns: "records.read",
  calendar: "calendar.read",
  workspace: "workspace.open",
  admin: "administration.open",
} as const satisfies Record<string, Capability>;

export type Area = keyof typeof areaCapability;

export const areas = Object.keys(areaCapability) as Area[];

export function areaHref(area: Area): string {
  return `/${area}`;
}

export function areasFor(role: Role): Area[] {
  return areas.filter((area) => roleCan(role, areaCapability[area]));
}

/** Where a user lands after signing in: their organisation's workspace, or the dashboard. */
export function homeFor(role: Role): string {
  return roleCan(role, "workspace.open") ? areaHref("workspace") : areaHref("dashboard");
}

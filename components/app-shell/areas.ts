// The areas of the app, in navigation order. Each issue fills one of them.
export const areas = [
  "dashboard",
  "missions",
  "delegations",
  "events",
  "partners",
  "destinations",
  "agreements",
  "towns",
  "admin",
] as const;

export type Area = (typeof areas)[number];

export function areaHref(area: Area): string {
  return `/${area}`;
}

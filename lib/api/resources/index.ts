import "server-only";
import type { ApiResource } from "@/lib/api/resource";
import { townsResource } from "./towns";
import { agreementsResource } from "./agreements";
import { objectivesResource, sectorsResource } from "./code-lists";
import { delegationsResource } from "./delegations";
import { destinationsResource } from "./destinations";
import { eventsResource } from "./events";
import { jointActionsResource } from "./joint-actions";
import { missionsResource } from "./missions";
import { partnersResource } from "./partners";

// Every /api/v1 resource, in the order the reference page lists them.
export const apiResources: ApiResource[] = [
  missionsResource,
  delegationsResource,
  eventsResource,
  jointActionsResource,
  townsResource,
  agreementsResource,
  partnersResource,
  destinationsResource,
  sectorsResource,
  objectivesResource,
];

export function findResource(name: string): ApiResource | undefined {
  return apiResources.find((resource) => resource.name === name);
}

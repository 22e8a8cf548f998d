import "server-only";
import type { ApiResource } from "@/lib/api/resource";
import { townsResource } from "@/lib/towns/api";
import { agreementsResource } from "@/lib/agreements/api";
import { objectivesResource, sectorsResource } from "@/lib/reference/code-lists/api";
import { delegationsResource } from "@/lib/delegations/api";
import { destinationsResource } from "@/lib/reference/destinations/api";
import { eventsResource } from "@/lib/events/api";
import { jointActionsResource } from "@/lib/joint-actions/api";
import { missionsResource } from "@/lib/missions/api";
import { missionCostsResource } from "@/lib/missions/costs/api";
import { missionTravellersResource } from "@/lib/missions/travellers/api";
import { partnersResource } from "@/lib/partners/api";

// Every /api/v1 resource, in the order the reference page lists them.
export const apiResources: ApiResource[] = [
  missionsResource,
  missionTravellersResource,
  missionCostsResource,
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

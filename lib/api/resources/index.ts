import "server-only";
import type { ApiResource } from "@/lib/api/resource";
import { townsResource } from "./towns";

// Every /api/v1 resource, in the order the reference page lists them.
export const apiResources: ApiResource[] = [townsResource];

export function findResource(name: string): ApiResource | undefined {
  return apiResources.find((resource) => resource.name === name);
}

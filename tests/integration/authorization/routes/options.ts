// The searchable pickers' routes (GET /api/options/<kind>): each asks for partner A's record by
// its name, so the answer says whether the caller may see it ("ok") or was kept to their own
// organisation's records ("scoped").
import { testDb } from "../../setup/database";
import { delegationOfA, eventOfA, missionOfA, type Fixture } from "../fixtures";
import type { World } from "../world";
import type { RouteScenario } from "./types";

type Probe = (world: World) => Promise<{ id: string; search: string }>;

const titled =
  (record: (world: World) => Promise<Fixture>, title: (id: string) => Promise<string>): Probe =>
  async (world) => {
    const { id } = await record(world);
    return { id, search: await title(id) };
  };

function optionsScenario(kind: string, probe: Probe): RouteScenario {
  return {
    prepare: async (world) => {
      const { id, search } = await probe(world);
      return {
        url: `/api/options/${kind}?q=${encodeURIComponent(search)}&limit=50`,
        outcomeOf: async (response) => {
          if (response.status !== 200) return String(response.status);
          const { options } = (await response.json()) as { options: { id: string }[] };
          return options.some((option) => option.id === id) ? "ok" : "scoped";
        },
      };
    },
  };
}

export const optionRouteScenarios: Record<string, RouteScenario> = {
  "GET /api/options/partners": optionsScenario("partners", async (world) => ({
    id: world.partnerA,
    search: (await testDb.partner.findUniqueOrThrow({ where: { id: world.partnerA } })).shortName,
  })),
  "GET /api/options/destinations": optionsScenario("destinations", async (world) => ({
    id: world.destinationId,
    search: (await testDb.destination.findUniqueOrThrow({ where: { id: world.destinationId } })).city,
  })),
  "GET /api/options/missions": optionsScenario(
    "missions",
    titled(missionOfA, async (id) => (await testDb.mission.findUniqueOrThrow({ where: { id } })).title),
  ),
  "GET /api/options/delegations": optionsScenario(
    "delegations",
    titled(delegationOfA, async (id) => (await testDb.delegation.findUniqueOrThrow({ where: { id } })).title),
  ),
  "GET /api/options/events": optionsScenario(
    "events",
    titled(eventOfA, async (id) => (await testDb.internationalEvent.findUniqueOrThrow({ where: { id } })).title),
  ),
};

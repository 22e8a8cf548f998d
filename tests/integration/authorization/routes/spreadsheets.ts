// Spreadsheet exports of every list (the list's own read rule), and the imports' template and run
// (ADMIN and STAFF). An import that is allowed really writes: the area's records, exported as
// the app exports them, are deleted, then the file brings them back (audited as "<area>.create").
import { exportList } from "@/lib/spreadsheets/export/run-export";
import type { ImportAreaName } from "@/lib/spreadsheets/import/definitions";
import { testDb } from "../../setup/database";
import {
  agreement,
  allowanceRate,
  codeListEntry,
  delegationOfA,
  destination,
  eventOfA,
  jointActionOfA,
  missionCostOfA,
  missionOfA,
  missionTravellerOfA,
  partner,
  period,
  town,
} from "../fixtures";
import type { World } from "../world";
import type { RouteCall, RouteScenario } from "./types";

type Area = { record: (world: World) => Promise<{ id: string }>; label: (id: string) => Promise<string> };

const titleOf =
  (model: "mission" | "delegation" | "internationalEvent" | "jointAction" | "agreement") => async (id: string) =>
    // Every one of these models has a title; the delegate union is too wide for TypeScript to call directly.
    (
      await (
        testDb[model] as unknown as { findUniqueOrThrow(args: object): Promise<{ title: string }> }
      ).findUniqueOrThrow({ where: { id }, select: { title: true } })
    ).title;

const areas = {
  missions: { record: missionOfA, label: titleOf("mission") },
  "missions/travellers": {
    record: missionTravellerOfA,
    label: async (id) => (await testDb.missionTraveller.findUniqueOrThrow({ where: { id } })).name,
  },
  // The line's category (VENUE) in words, as the export writes it, with its mission's title.
  "missions/costs": {
    record: missionCostOfA,
    label: async (id) => {
      const cost = await testDb.missionCost.findUniqueOrThrow({ where: { id }, select: { missionId: true } });
      return `${await titleOf("mission")(cost.missionId)} (`;
    },
  },
  delegations: { record: delegationOfA, label: titleOf("delegation") },
  events: { record: eventOfA, label: titleOf("internationalEvent") },
  "joint-actions": { record: jointActionOfA, label: titleOf("jointAction") },
  agreements: { record: agreement, label: titleOf("agreement") },
  towns: { record: town, label: async (id) => (await testDb.town.findUniqueOrThrow({ where: { id } })).name },
  partners: { record: partner, label: async (id) => (await testDb.partner.findUniqueOrThrow({ where: { id } })).name },
  destinations: {
    record: destination,
    label: async (id) => (await testDb.destination.findUniqueOrThrow({ where: { id } })).city,
  },
  "admin/reference/sectors": {
    record: (world) => codeListEntry(world, "sector"),
    label: async (id) => (await testDb.sector.findUniqueOrThrow({ where: { id } })).nameFr,
  },
  "admin/reference/objectives": {
    record: (world) => codeListEntry(world, "objective"),
    label: async (id) => (await testDb.objective.findUniqueOrThrow({ where: { id } })).nameFr,
  },
  "admin/reference/periods": {
    record: period,
    label: async (id) => (await testDb.priorityPeriod.findUniqueOrThrow({ where: { id } })).label,
  },
  "admin/reference/allowance-rates": {
    record: allowanceRate,
    label: async (id) => (await testDb.allowanceRate.findUniqueOrThrow({ where: { id } })).source,
  },
  "admin/users": {
    record: async (world) => ({ id: world.users.staff.id }),
    label: async (id) => (await testDb.user.findUniqueOrThrow({ where: { id } })).email,
  },
  "admin/audit": {
    record: async () => {
      await testDb.auditEntry.create({
        data: { action: "matrix.probe", entityType: "MatrixProbe", entityId: "matrix-probe-record" },
      });
      return { id: "matrix-probe-record" };
    },
    label: async (id) => id,
  },
} satisfies Record<string, Area>;

/** The export holds partner A's record ("ok"), or answers without it ("scoped"). */
function exportScenario(path: keyof typeof areas): RouteScenario {
  return {
    prepare: async (world): Promise<RouteCall> => {
      const area = areas[path];
      const label = await area.label((await area.record(world)).id);
      return {
        url: `/${path}/export?format=csv`,
        outcomeOf: async (response) =>
          response.status === 200
            ? (await response.text()).includes(label)
              ? "ok"
              : "scoped"
            : String(response.status),
      };
    },
  };
}

/** Each import's page path (one of `areas`), the area its file is exported and imported as, and what a row's write leaves in the audit log. */
const importAreas = {
  missions: { area: "missions", deleteAll: () => testDb.mission.deleteMany(), audit: "mission.create" },
  "missions/travellers": {
    area: "mission-travellers",
    deleteAll: () => testDb.missionTraveller.deleteMany(),
    audit: "missionTraveller.create",
  },
  "missions/costs": {
    area: "mission-costs",
    deleteAll: () => testDb.missionCost.deleteMany(),
    audit: "missionCost.create",
  },
  delegations: { area: "delegations", deleteAll: () => testDb.delegation.deleteMany(), audit: "delegation.create" },
  events: { area: "events", deleteAll: () => testDb.internationalEvent.deleteMany(), audit: "event.create" },
  "joint-actions": {
    area: "joint-actions",
    deleteAll: () => testDb.jointAction.deleteMany(),
    audit: "jointAction.create",
  },
  towns: { area: "towns", deleteAll: () => testDb.town.deleteMany(), audit: "town.create" },
  "admin/reference/allowance-rates": {
    area: "allowanceRates",
    deleteAll: () => testDb.allowanceRate.deleteMany(),
    audit: "allowanceRate.create",
  },
} satisfies Record<string, { area: ImportAreaName; deleteAll: () => Promise<unknown>; audit: string }>;
type ImportArea = keyof typeof importAreas;

function importRunScenario(path: ImportArea): RouteScenario {
  return {
    prepare: async (world): Promise<RouteCall> => {
      await areas[path].record(world);
      const { area, deleteAll, audit } = importAreas[path];
      const file = await exportList(area, world.users.admin, {}, "csv");
      await deleteAll();
      return {
        url: `/${path}/import/run?mode=commit`,
        audit,
        init: {
          method: "POST",
          headers: { "content-type": "text/csv", host: "localhost:3000" },
          body: Buffer.from(file.body as Uint8Array).toString("utf8"),
        },
        // The answer streams NDJSON lines; the last one says how the import ended.
        outcomeOf: async (response) => {
          if (response.status !== 200) return String(response.status);
          const last = JSON.parse((await response.text()).trim().split("\n").at(-1) ?? "{}") as { type?: string };
          return last.type === "done" ? "ok" : `import ended with ${JSON.stringify(last).slice(0, 300)}`;
        },
      };
    },
  };
}

const template = (path: ImportArea): RouteScenario => ({
  prepare: async () => ({ url: `/${path}/import/template?format=csv` }),
});

export const spreadsheetRouteScenarios: Record<string, RouteScenario> = {
  ...Object.fromEntries(
    Object.keys(areas).map((path) => [`GET /${path}/export`, exportScenario(path as keyof typeof areas)]),
  ),
  ...Object.fromEntries(
    (Object.keys(importAreas) as ImportArea[]).flatMap((path) => [
      [`GET /${path}/import/template`, template(path)],
      [`POST /${path}/import/run`, importRunScenario(path)],
    ]),
  ),
};

// Dates an attacker sends (issue: "one request must not stop the server"): year zero, years
// JavaScript reads as 19xx, far futures up to the last day a Date can hold, negative years and
// strings of other calendars. Each goes through every route that takes a date — server actions,
// API bodies and queries, route handlers — and must be refused with the usual message: never a
// 5xx, never the generic "unexpected error", nothing written (docs/decisions/013-bounded-input.md).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { acceptedYears } from "@/lib/time";
import { callChecked, tokenFor } from "../api/client";
import { registerApiRoutes } from "../authorization/api/cells";
import { apiResourceScenarios } from "../authorization/api/resources";
import {
  discoverRouteHandlers,
  discoverServerActions,
  type DiscoveredAction,
  type DiscoveredRoute,
} from "../authorization/discover";
import { requestAs } from "../authorization/request-scope";
import { browserRequest } from "../authorization/routes/types";
import { actionScenarios } from "../authorization/scenarios";
import { createWorld, type World } from "../authorization/world";
import { fieldsOf, judge, toFormData } from "./action-judge";
import { atCurrentVersion } from "./versions";
import { countWritesInEachTest, writeCount } from "./write-counter";

vi.mock("next/headers", () => import("../authorization/request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () =>
  import("../authorization/next-modules").then((modules) => modules.nextIntlServerModule),
);
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";

countWritesInEachTest();

const extremeDays = [
  "0000-01-01",
  "0001-01-01",
  "0099-12-31",
  "1899-12-31",
  "2100-01-01",
  "9999-12-31",
  "275760-09-13",
  "-0001-01-01",
  "+002016-05-12",
  "1437-09-10 AH",
  "2016-W19-4",
];
const extremeYears = ["0", "1", "99", "1899", "2100", "9999", "275760", "-1", "-2016"];

type DateKind = "day" | "dateTime" | "year";

/** The date fields of a form or body, by name: days, Paris date-times and years. */
function dateKindOf(field: string): DateKind | null {
  const name = field.split(".").at(-1) ?? field;
  if (["arrivalAt", "departureAt", "startsAt", "endsAt"].includes(name)) return "dateTime";
  if (["startDate", "endDate", "date", "connectedOn", "day"].includes(name)) return "day";
  if (["year", "startYear", "endYear"].includes(name)) return "year";
  return null;
}

function extremesFor(kind: DateKind): string[] {
  if (kind === "year") return extremeYears;
  return kind === "day" ? extremeDays : extremeDays.map((day) => `${day}T10:00`);
}

let actions: Map<string, DiscoveredAction>;
let routes: DiscoveredRoute[];
/** The actions that took a date field, so the last test can tell the sweep was not empty. */
const datedActions = new Set<string>();

beforeAll(async () => {
  actions = new Map((await discoverServerActions()).map((action) => [action.id, action]));
  routes = await discoverRouteHandlers();
  await registerApiRoutes();
});

describe("server actions refuse dates outside the accepted years", () => {
  for (const id of Object.keys(actionScenarios)) {
    it(id, async () => {
      const world = await createWorld();
      const valid = fieldsOf((await actionScenarios[id]!.prepare(world, world.users.admin)).form);
      const fields = Object.keys(valid).filter((field) => dateKindOf(field) !== null);
      if (fields.length > 0) datedActions.add(id);
      for (const field of fields) {
        for (const extreme of extremesFor(dateKindOf(field)!)) {
          await requestAs(world.users.admin);
          const before = await writeCount();
          const verdict = await judge(
            actions.get(id)!,
            toFormData(await atCurrentVersion({ ...valid, [field]: extreme }, valid)),
          );
          expect(verdict, `${field} = ${extreme}`).toEqual({ accepted: false });
          expect(await writeCount(), `${field} = ${extreme} wrote`).toBe(before);
        }
      }
    });
  }

  it("found the dated forms: missions, delegations, events, joint actions, agreements, towns, periods, the year close", () => {
    expect([...datedActions].sort()).toEqual(
      [
        "reference#createPeriodAction",
        "reference#updatePeriodAction",
        "agreements#createAgreementAction",
        "agreements#updateAgreementAction",
        "dashboard#closeYearAction",
        "dashboard#reopenYearAction",
        "delegations#createDelegationAction",
        "delegations#updateDelegationAction",
        "events#createEventAction",
        "events#updateEventAction",
        "joint-actions#createJointActionAction",
        "joint-actions#updateJointActionAction",
        "missions#createMissionAction",
        "missions#updateMissionAction",
        "towns#createTownAction",
        "towns#updateTownAction",
      ].sort(),
    );
  });
});

/** Every path of a JSON body that holds a date ("startDate", "agenda.0.day", "themes.0.year"). */
function datePaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => datePaths(item, `${prefix}${index}.`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === "object" && item !== null
      ? datePaths(item, `${prefix}${key}.`)
      : dateKindOf(key)
        ? [`${prefix}${key}`]
        : [],
  );
}

function withValue(
  body: Record<string, unknown>,
  path: string,
  extreme: string,
  kind: DateKind,
): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split(".");
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = kind === "year" ? Number(extreme) : extreme;
  return copy;
}

describe("the API refuses dates outside the accepted years", () => {
  for (const [name, scenario] of Object.entries(apiResourceScenarios)) {
    it(`/api/v1/${name}: create and update`, async () => {
      const world: World = await createWorld();
      const token = await tokenFor(world.users.admin);
      const record = await scenario.record(world);
      const calls = [
        { method: "POST" as const, url: `/api/v1/${name}`, body: await scenario.createBody(world) },
        {
          method: "PUT" as const,
          url: `/api/v1/${name}/${record.id}`,
          body: { ...(await scenario.updateBody(world, record)), version: record.version },
        },
      ];
      for (const call of calls) {
        for (const path of datePaths(call.body)) {
          const kind = dateKindOf(path)!;
          for (const extreme of extremesFor(kind)) {
            const before = await writeCount();
            const answer = await callChecked(call.method, call.url, {
              token,
              body: withValue(call.body, path, extreme, kind),
            });
            expect(
              [400, 422],
              `${call.method} ${call.url} ${path} = ${extreme}: ${JSON.stringify(answer.body).slice(0, 200)}`,
            ).toContain(answer.status);
            expect(await writeCount()).toBe(before);
          }
        }
      }
    });
  }

  it("/api/v1/figures: each year parameter", async () => {
    const world = await createWorld();
    const token = await tokenFor(world.users.admin);
    for (const extreme of extremeYears) {
      for (const query of [`year=${extreme}`, `from=${extreme}&to=2016`, `from=2016&to=${extreme}`]) {
        const answer = await callChecked("GET", `/api/v1/figures?${encodeURI(query)}`, { token });
        expect(answer.status, query).toBe(400);
      }
    }
    expect(
      (
        await callChecked("GET", `/api/v1/figures?from=${acceptedYears.first}&to=${acceptedYears.first + 99}`, {
          token,
        })
      ).status,
    ).toBe(200);
  });

  it("the lists' year filters read an extreme year as no filter", async () => {
    const world = await createWorld();
    const token = await tokenFor(world.users.admin);
    for (const name of ["missions", "delegations", "events", "joint-actions", "agreements", "towns"]) {
      for (const extreme of extremeYears) {
        const answer = await callChecked("GET", `/api/v1/${name}?year=${encodeURIComponent(extreme)}`, { token });
        expect(answer.status, `${name}?year=${extreme}`).toBeLessThan(500);
      }
    }
  });
});

describe("route handlers refuse years and days outside the accepted ones", () => {
  const dated: Record<string, (extreme: string) => string> = {
    "GET /dashboard/export": (year) => `/dashboard/export?year=${year}&table=sectors`,
    "GET /dashboard/report/pdf": (year) => `/dashboard/report/pdf?year=${year}`,
  };
  for (const [id, url] of Object.entries(dated)) {
    it(id, async () => {
      const world = await createWorld();
      const route = routes.find((candidate) => candidate.id === id)!;
      for (const extreme of extremeYears) {
        await requestAs(world.users.admin);
        const response = await route.module.GET!(browserRequest({ url: url(encodeURIComponent(extreme)) }, "GET"), {
          params: Promise.resolve({}),
        });
        expect(response.status, `${id} ${extreme}`).toBe(400);
      }
    });
  }

  it("GET /admin/audit/export reads a day outside the accepted years as no bound", async () => {
    const world = await createWorld();
    const route = routes.find((candidate) => candidate.id === "GET /admin/audit/export")!;
    for (const extreme of extremeDays) {
      await requestAs(world.users.admin);
      const response = await route.module.GET!(
        browserRequest(
          {
            url: `/admin/audit/export?format=csv&from=${encodeURIComponent(extreme)}&to=${encodeURIComponent(extreme)}`,
          },
          "GET",
        ),
        { params: Promise.resolve({}) },
      );
      expect(response.status, extreme).toBe(200);
    }
  });
});

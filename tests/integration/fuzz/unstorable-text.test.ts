// The defect the fuzzers found first (docs/reliability.md): a NUL character or half of a surrogate pair in any
// text — a form field, an API body, an id in a URL, a search — reached PostgreSQL, which refused
// it, and the user got "unexpected error" (a 500). lib/unstorable-text.ts now guards the client.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTownAction } from "@/lib/towns/actions";
import { callChecked, tokenFor } from "../api/client";
import { nextIntlServerModule } from "../authorization/next-modules";
import { requestAs } from "../authorization/request-scope";
import { form } from "../authorization/scenarios/types";
import { createWorld } from "../authorization/world";
import { missionOfA } from "../authorization/fixtures";
import { testDb } from "../setup/database";

vi.mock("next/headers", () => import("../authorization/request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () =>
  import("../authorization/next-modules").then((modules) => modules.nextIntlServerModule),
);

let message: string;

beforeAll(async () => {
  message = (await nextIntlServerModule.getTranslations({ locale: "fr", namespace: "errors" }))("unstorableText");
});

describe("text PostgreSQL cannot store", () => {
  it("is refused in a form with a message the user can act on, and nothing is saved", async () => {
    const world = await createWorld();
    await requestAs(world.users.staff);
    // (Form values are well-formed Unicode by construction: a half surrogate pair arrives as U+FFFD.)
    for (const name of ["Nice\u0000", "\u0000"]) {
      const result = await createTownAction(null, form({ name, inseeCode: "", connectedOn: "" }));
      expect(result).toMatchObject({ ok: false, message, values: { name } });
    }
    expect(await testDb.town.count()).toBe(0);
    expect(await testDb.auditEntry.count({ where: { action: "town.create" } })).toBe(0);
  });

  it("is refused in an API body with a 422 problem, and found nowhere in ids and searches", async () => {
    const world = await createWorld();
    const token = await tokenFor(world.users.staff);
    const refused = await callChecked("POST", "/api/v1/towns", {
      token,
      rawBody: '{"name": "Villefranche \\ud83d"}',
      headers: { "Content-Type": "application/json" },
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ detail: message });
    expect(await testDb.town.count()).toBe(0);

    const mission = await missionOfA(world);
    expect((await callChecked("GET", `/api/v1/missions/${mission.id}%00`, { token })).status).toBe(404);
    expect((await callChecked("GET", "/api/v1/missions?q=%00", { token })).body).toMatchObject({ total: 0, data: [] });
  });
});

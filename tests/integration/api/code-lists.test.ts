import { describe, expect, it } from "vitest";
import { buildObjective, buildSector } from "@/tests/factories/reference";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor } from "./client";

// Sectors and objectives: the same code-list rules behind two resources, each with its own table
// and audit entries.
const lists = [
  {
    name: "sectors",
    area: "sector",
    count: () => testDb.sector.count(),
    seed: () => testDb.sector.create({ data: buildSector({ code: "CULTURE", nameFr: "Culture", nameEn: "Culture" }) }),
  },
  {
    name: "objectives",
    area: "objective",
    count: () => testDb.objective.count(),
    seed: () =>
      testDb.objective.create({ data: buildObjective({ code: "REACH", nameFr: "Rayonnement", nameEn: "Reach" }) }),
  },
] as const;

const smartCities = { code: "smart_cities", nameFr: "Villes intelligentes", nameEn: "Smart Cities" };

describe.each(lists)("/api/v1/$name", ({ name, area, count, seed }) => {
  const collection = `/api/v1/${name}`;

  it("lists, creates, updates by body version and by If-Match, archives and restores, each change audited", async () => {
    const token = await tokenFor(await createActingUser("ADMIN"));
    await seed();
    const created = await callChecked("POST", collection, { token, body: smartCities });
    expect(created.status).toBe(201);
    const entry = created.body as { id: string };
    expect(created.body).toMatchObject({ ...smartCities, code: "SMART_CITIES", archived: false, version: 1 });

    const byCode = await callChecked("GET", `${collection}?sort=code&direction=desc&pageSize=10`, { token });
    expect((byCode.body as { data: { code: string }[] }).data.map((row) => row.code)).toEqual([
      "SMART_CITIES",
      expect.any(String),
    ]);
    expect((await callChecked("GET", `${collection}?q=intelligentes`, { token })).body).toMatchObject({
      total: 1,
      data: [{ id: entry.id }],
    });

    expect(
      (
        await callChecked("PUT", `${collection}/${entry.id}`, {
          token,
          body: { ...smartCities, nameFr: "Smart Cities", version: 1 },
        })
      ).body,
    ).toMatchObject({ nameFr: "Smart Cities", version: 2 });
    expect(
      (
        await callChecked("PUT", `${collection}/${entry.id}`, {
          token,
          body: { ...smartCities, code: "CITIES" },
          headers: { "If-Match": '"2"' },
        })
      ).body,
    ).toMatchObject({ code: "CITIES", nameFr: "Villes intelligentes", version: 3 });
    const stale = await callChecked("PUT", `${collection}/${entry.id}`, {
      token,
      body: smartCities,
      headers: { "If-Match": '"2"' },
    });
    expect(stale.status).toBe(409);
    // The title in the caller's language (French, their account's), as the detail.
    expect(stale.body).toMatchObject({ title: "Conflit", conflict: [{ field: "code", current: "CITIES" }] });

    expect(
      (await callChecked("DELETE", `${collection}/${entry.id}`, { token, headers: { "If-Match": '"3"' } })).body,
    ).toMatchObject({ archived: true, version: 4 });
    expect((await callChecked("GET", `${collection}?archived=true`, { token })).body).toMatchObject({
      total: 1,
      data: [{ id: entry.id }],
    });
    expect(
      (await callChecked("POST", `${collection}/${entry.id}/restore`, { token, body: { version: 4 } })).body,
    ).toMatchObject({ archived: false, version: 5 });
    expect(await auditActions()).toEqual([
      "accessToken.create",
      ...["create", "update", "update", "archive", "restore"].map((action) => `${area}.${action}`),
    ]);
  });

  it("refuses bad input with the fields to correct and writes nothing", async () => {
    const token = await tokenFor(await createActingUser("ADMIN"));
    const fieldsOf = async (body: unknown) => {
      const answer = await callChecked("POST", collection, { token, body });
      expect(answer.status).toBe(422);
      return (answer.body as { errors: { field: string; code: string }[] }).errors.map(
        ({ field, code }) => `${field}:${code}`,
      );
    };
    expect(await fieldsOf({ ...smartCities, colour: "green" })).toEqual(["colour:unknownField"]);
    expect(await fieldsOf({ ...smartCities, nameEn: 42 })).toEqual(["nameEn:invalid"]);
    expect(await fieldsOf({ ...smartCities, code: "smart cities!", nameFr: "x".repeat(121) })).toEqual([
      "code:codeFormat",
      "nameFr:tooLong",
    ]);
    expect(await count()).toBe(0);
    expect(await auditActions()).toEqual(["accessToken.create"]);
  });

  it("is read by every signed-in role, so integrations find the ids they send, and written by ADMIN only", async () => {
    const stored = await seed();
    const item = `${collection}/${stored.id}`;
    expect((await callChecked("GET", collection)).status).toBe(401);
    const admin = await tokenFor(await createActingUser("ADMIN"));
    expect((await callChecked("GET", item, { token: admin })).body).toMatchObject({ id: stored.id, version: 1 });
    expect((await callChecked("GET", `${collection}/missing`, { token: admin })).status).toBe(404);
    for (const role of ["STAFF", "MANAGER", "PARTNER"] as const) {
      const token = await tokenFor(await createActingUser(role));
      expect((await callChecked("GET", collection, { token })).status, role).toBe(200);
      expect((await callChecked("GET", item, { token })).body, role).toMatchObject({ id: stored.id });
      expect((await callChecked("POST", collection, { token, body: smartCities })).status, role).toBe(403);
      expect((await callChecked("DELETE", item, { token, headers: { "If-Match": '"1"' } })).status, role).toBe(403);
    }
    expect(await count()).toBe(1);
  });
});

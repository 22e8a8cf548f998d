import { describe, expect, it } from "vitest";
import { buildTown } from "@/tests/factories/towns";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { callApi, callChecked, tokenFor } from "./client";

describe("/api/v1/towns", () => {
  it("lists, creates, updates with the version, archives and restores, each change audited", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    await testDb.town.create({ data: buildTown({ name: "Èze" }) });

    const list = await callChecked("GET", "/api/v1/towns?sort=name&pageSize=10", { token });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      page: 1,
      pageSize: 10,
      total: 1,
      data: [{ name: "Èze", connectedOn: "2016-03-01", archived: false }],
    });

    const created = await callChecked("POST", "/api/v1/towns", {
      token,
      body: { name: "Falicon", inseeCode: "06060", connectedOn: "2016-05-02" },
    });
    expect(created.status).toBe(201);
    const town = created.body as { id: string; version: number };
    expect(created.headers.get("location")).toBe(`/api/v1/towns/${town.id}`);
    expect(created.headers.get("etag")).toBe('"1"');

    const updated = await callChecked("PUT", `/api/v1/towns/${town.id}`, {
      token,
      body: { name: "Falicon", connectedOn: null },
      headers: { "If-Match": '"1"' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ connectedOn: null, inseeCode: null, version: 2 });

    const stale = await callChecked("PUT", `/api/v1/towns/${town.id}`, {
      token,
      body: { name: "Falicon 2", version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.contentType).toContain("application/problem+json");

    expect(
      (await callChecked("DELETE", `/api/v1/towns/${town.id}`, { token, headers: { "If-Match": '"2"' } })).body,
    ).toMatchObject({ archived: true, version: 3 });
    expect(
      (await callChecked("POST", `/api/v1/towns/${town.id}/restore`, { token, body: { version: 3 } })).body,
    ).toMatchObject({ archived: false, version: 4 });
    expect(await auditActions()).toEqual([
      "accessToken.create",
      "town.create",
      "town.update",
      "town.archive",
      "town.restore",
    ]);
  });

  it("refuses bad input with a problem document and changes nothing", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const unknownField = await callChecked("POST", "/api/v1/towns", { token, body: { name: "Levens", mayor: "x" } });
    expect(unknownField.status).toBe(422);
    expect(unknownField.body).toMatchObject({ status: 422, errors: [{ field: "mayor", code: "unknownField" }] });
    const invalid = await callChecked("POST", "/api/v1/towns", { token, body: { name: "", inseeCode: "12" } });
    expect(invalid.status).toBe(422);
    expect((invalid.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      "name",
      "inseeCode",
    ]);
    expect(
      (
        await callChecked("POST", "/api/v1/towns", {
          token,
          rawBody: "{not json",
          headers: { "Content-Type": "application/json" },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await callChecked("POST", "/api/v1/towns", {
          token,
          rawBody: "name=x",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        })
      ).status,
    ).toBe(415);
    expect((await callChecked("GET", "/api/v1/towns?pageSize=7", { token })).status).toBe(400);
    expect((await callChecked("GET", "/api/v1/towns?colour=blue", { token })).status).toBe(400);
    expect(await testDb.town.count()).toBe(0);
  });

  it("answers 401 without a valid token and 403 to roles that may not", async () => {
    expect((await callChecked("GET", "/api/v1/towns")).status).toBe(401);
    expect((await callChecked("GET", "/api/v1/towns", { token: "imk_nope" })).status).toBe(401);
    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect((await callChecked("GET", "/api/v1/towns", { token: manager })).status).toBe(200);
    expect((await callChecked("POST", "/api/v1/towns", { token: manager, body: { name: "Levens" } })).status).toBe(403);
    const partner = await tokenFor(await createActingUser("PARTNER"));
    expect((await callChecked("GET", "/api/v1/towns", { token: partner })).status).toBe(403);
    expect((await callApi("GET", "/api/v1/nothing-here", { token: manager })).status).toBe(404);
  });
});

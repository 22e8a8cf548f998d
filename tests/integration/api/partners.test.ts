import { describe, expect, it } from "vitest";
import { buildPartner } from "@/tests/factories/partners";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor } from "./client";

const otcn = { name: "Office du Tourisme et des Congrès de Nice", shortName: "OTCN", kind: "TOURISM_OFFICE" };

describe("/api/v1/partners", () => {
  it("lists with filters, creates, updates by body version and by If-Match, archives and restores, each change audited", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    await testDb.partner.create({ data: buildPartner({ name: "Team Côte d'Azur", shortName: "TCA", kind: "AGENCY" }) });

    const created = await callChecked("POST", "/api/v1/partners", { token, body: otcn });
    expect(created.status).toBe(201);
    const partner = created.body as { id: string };
    expect(created.body).toMatchObject({ ...otcn, isActive: true, archived: false, userCount: 0, version: 1 });

    expect(
      (await callChecked("GET", "/api/v1/partners?kind=TOURISM_OFFICE&active=true", { token })).body,
    ).toMatchObject({ total: 1, data: [{ id: partner.id, archived: false }] });
    const byShortName = await callChecked("GET", "/api/v1/partners?sort=shortName&direction=desc&pageSize=10", {
      token,
    });
    expect((byShortName.body as { data: { shortName: string }[] }).data.map((row) => row.shortName)).toEqual([
      "TCA",
      "OTCN",
    ]);
    expect((await callChecked("GET", "/api/v1/partners?q=tourisme", { token })).body).toMatchObject({ total: 1 });

    const inactive = await callChecked("PUT", `/api/v1/partners/${partner.id}`, {
      token,
      body: { ...otcn, isActive: false, version: 1 },
    });
    expect(inactive.body).toMatchObject({ isActive: false, version: 2 });
    // A PUT replaces the record: an absent isActive is true again.
    const renamed = await callChecked("PUT", `/api/v1/partners/${partner.id}`, {
      token,
      body: { ...otcn, shortName: "OTC Nice" },
      headers: { "If-Match": '"2"' },
    });
    expect(renamed.body).toMatchObject({ shortName: "OTC Nice", isActive: true, version: 3 });

    const stale = await callChecked("PUT", `/api/v1/partners/${partner.id}`, { token, body: { ...otcn, version: 2 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ conflict: [{ field: "shortName", current: "OTC Nice" }] });

    expect(
      (await callChecked("DELETE", `/api/v1/partners/${partner.id}`, { token, headers: { "If-Match": '"3"' } })).body,
    ).toMatchObject({ archived: true, version: 4 });
    expect((await callChecked("GET", "/api/v1/partners?archived=true", { token })).body).toMatchObject({
      total: 1,
      data: [{ id: partner.id, archived: true }],
    });
    expect((await callChecked("GET", "/api/v1/partners", { token })).body).toMatchObject({
      total: 1,
      data: [{ shortName: "TCA" }],
    });
    expect(
      (await callChecked("POST", `/api/v1/partners/${partner.id}/restore`, { token, body: { version: 4 } })).body,
    ).toMatchObject({ archived: false, version: 5 });
    expect(await auditActions()).toEqual([
      "accessToken.create",
      "partner.create",
      "partner.update",
      "partner.update",
      "partner.archive",
      "partner.restore",
    ]);
  });

  it("refuses bad input with the fields to correct and writes nothing", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const before = await testDb.partner.count();
    const fieldsOf = async (body: unknown) => {
      const answer = await callChecked("POST", "/api/v1/partners", { token, body });
      expect(answer.status).toBe(422);
      return (answer.body as { errors: { field: string; code: string }[] }).errors.map(
        ({ field, code }) => `${field}:${code}`,
      );
    };
    expect(await fieldsOf({ ...otcn, website: "https://example.org" })).toEqual(["website:unknownField"]);
    expect(await fieldsOf({ ...otcn, kind: "BANK", isActive: "yes" })).toEqual([
      "kind:invalidChoice",
      "isActive:invalid",
    ]);
    expect(await fieldsOf({ ...otcn, shortName: "x".repeat(41), name: "" })).toEqual([
      "name:required",
      "shortName:tooLong",
    ]);
    await testDb.partner.create({ data: buildPartner({ name: otcn.name }) });
    // Names are unique whatever the case: a clash is the caller's to fix, on the field that clashes.
    const taken = await callChecked("POST", "/api/v1/partners", {
      token,
      body: { ...otcn, name: otcn.name.toUpperCase() },
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ errors: [{ field: "name", code: "nameTaken" }] });
    expect(await testDb.partner.count()).toBe(before + 1);
    expect(await testDb.auditEntry.count({ where: { entityType: "Partner" } })).toBe(0);
  });

  it("answers every role as the partners pages do: office roles read, ADMIN and STAFF write, partner users are refused", async () => {
    const stored = await testDb.partner.create({ data: buildPartner() });
    const item = `/api/v1/partners/${stored.id}`;
    expect((await callChecked("GET", "/api/v1/partners")).status).toBe(401);
    expect((await callChecked("PUT", item, { body: { ...otcn, version: 1 } })).status).toBe(401);

    const admin = await tokenFor(await createActingUser("ADMIN"));
    expect((await callChecked("POST", "/api/v1/partners", { token: admin, body: otcn })).status).toBe(201);

    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect((await callChecked("GET", item, { token: manager })).body).toMatchObject({ id: stored.id, version: 1 });
    expect((await callChecked("GET", "/api/v1/partners/missing", { token: manager })).status).toBe(404);
    expect(
      (
        await callChecked("POST", "/api/v1/partners", {
          token: manager,
          body: { ...otcn, name: "Other", shortName: "O" },
        })
      ).status,
    ).toBe(403);
    expect((await callChecked("DELETE", item, { token: manager, headers: { "If-Match": '"1"' } })).status).toBe(403);

    // Each partner user's own organisation is a partner too: still not theirs to read through this list.
    const partnerA = await createActingUser("PARTNER");
    const partnerB = await createActingUser("PARTNER");
    for (const user of [partnerA, partnerB]) {
      const token = await tokenFor(user);
      expect((await callChecked("GET", "/api/v1/partners", { token })).status).toBe(403);
      expect((await callChecked("GET", `/api/v1/partners/${user.partnerId}`, { token })).status).toBe(403);
      expect(
        (await callChecked("PUT", `/api/v1/partners/${user.partnerId}`, { token, body: { ...otcn, version: 1 } }))
          .status,
      ).toBe(403);
    }
    expect(await testDb.partner.findUniqueOrThrow({ where: { id: stored.id }, select: { version: true } })).toEqual({
      version: 1,
    });
    expect(await testDb.partner.count({ where: { name: "Other" } })).toBe(0);
  });
});

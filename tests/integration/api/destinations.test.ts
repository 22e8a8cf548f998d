import { describe, expect, it } from "vitest";
import { buildAgreement } from "@/prisma/demo/record-builders";
import { buildDestination, buildPriorityPeriod } from "@/tests/factories/reference";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor } from "./client";

const sousse = { city: "Sousse", countryCode: "tn", latitude: 35.8256, longitude: 10.6369 };

describe("/api/v1/destinations", () => {
  it("lists with filters, creates, updates by body version and by If-Match, archives and restores, each change audited", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const haifa = await testDb.destination.create({ data: buildDestination({ city: "Haifa", countryCode: "IL" }) });
    await testDb.priorityPeriod.create({
      data: {
        ...buildPriorityPeriod({ label: "2016/2020", startYear: 2016, endYear: 2020 }),
        destinations: { create: { destinationId: haifa.id } },
      },
    });
    await testDb.agreement.create({ data: buildAgreement({ destinationId: haifa.id }) });

    const created = await callChecked("POST", "/api/v1/destinations", { token, body: sousse });
    expect(created.status).toBe(201);
    const destination = created.body as { id: string };
    expect(created.body).toMatchObject({
      ...sousse,
      countryCode: "TN",
      priorityPeriods: [],
      agreementCount: 0,
      archived: false,
      version: 1,
    });

    expect((await callChecked("GET", "/api/v1/destinations?priority=true", { token })).body).toMatchObject({
      total: 1,
      data: [{ city: "Haifa", priorityPeriods: ["2016/2020"] }],
    });
    expect((await callChecked("GET", "/api/v1/destinations?country=tn", { token })).body).toMatchObject({
      total: 1,
      data: [{ id: destination.id }],
    });
    const byCountry = await callChecked("GET", "/api/v1/destinations?sort=countryCode&direction=desc&pageSize=10", {
      token,
    });
    expect((byCountry.body as { data: { city: string }[] }).data.map((row) => row.city)).toEqual(["Sousse", "Haifa"]);
    expect((await callChecked("GET", `/api/v1/destinations/${haifa.id}`, { token })).body).toMatchObject({
      agreementCount: 1,
      priorityPeriods: ["2016/2020"],
    });

    const withoutPoint = await callChecked("PUT", `/api/v1/destinations/${destination.id}`, {
      token,
      body: { city: "Sousse", countryCode: "TN", version: 1 },
    });
    expect(withoutPoint.body).toMatchObject({ latitude: null, longitude: null, version: 2 });
    // Tiny coordinates come as exponent notation in JavaScript (1e-7): still a valid point.
    const nearNullIsland = await callChecked("PUT", `/api/v1/destinations/${destination.id}`, {
      token,
      body: { ...sousse, latitude: 1e-7, longitude: -0.5 },
      headers: { "If-Match": '"2"' },
    });
    expect(nearNullIsland.body).toMatchObject({ latitude: 1e-7, longitude: -0.5, version: 3 });

    const stale = await callChecked("PUT", `/api/v1/destinations/${destination.id}`, {
      token,
      body: { ...sousse, version: 2 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      conflict: [
        { field: "latitude", current: "1e-7" },
        { field: "longitude", current: "-0.5" },
      ],
    });

    expect(
      (await callChecked("DELETE", `/api/v1/destinations/${destination.id}`, { token, headers: { "If-Match": '"3"' } }))
        .body,
    ).toMatchObject({ archived: true, version: 4 });
    expect((await callChecked("GET", "/api/v1/destinations?archived=true", { token })).body).toMatchObject({
      total: 1,
      data: [{ id: destination.id, archived: true }],
    });
    expect(
      (
        await callChecked("POST", `/api/v1/destinations/${destination.id}/restore`, {
          token,
          headers: { "If-Match": '"4"' },
        })
      ).body,
    ).toMatchObject({ archived: false, version: 5 });
    expect(await auditActions()).toEqual([
      "accessToken.create",
      "destination.create",
      "destination.update",
      "destination.update",
      "destination.archive",
      "destination.restore",
    ]);
  });

  it("refuses bad input with the fields to correct and writes nothing", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const fieldsOf = async (body: unknown) => {
      const answer = await callChecked("POST", "/api/v1/destinations", { token, body });
      expect(answer.status).toBe(422);
      return (answer.body as { errors: { field: string; code: string }[] }).errors.map(
        ({ field, code }) => `${field}:${code}`,
      );
    };
    expect(await fieldsOf({ ...sousse, population: 221_000 })).toEqual(["population:unknownField"]);
    expect(await fieldsOf({ ...sousse, latitude: "35,8" })).toEqual(["latitude:invalid"]);
    expect(await fieldsOf({ ...sousse, countryCode: "EU", latitude: 91 })).toEqual([
      "countryCode:countryCode",
      "latitude:latitude",
    ]);
    expect(await fieldsOf({ ...sousse, longitude: null })).toEqual(["longitude:required"]);
    expect(await fieldsOf({ countryCode: "TN" })).toEqual(["city:required"]);
    expect(await testDb.destination.count()).toBe(0);
    expect(await auditActions()).toEqual(["accessToken.create"]);
  });

  it("answers every role as the destinations pages do: office roles read, ADMIN and STAFF write, partner users are refused", async () => {
    const stored = await testDb.destination.create({ data: buildDestination() });
    const item = `/api/v1/destinations/${stored.id}`;
    expect((await callChecked("GET", item)).status).toBe(401);
    expect((await callChecked("POST", "/api/v1/destinations", { body: sousse })).status).toBe(401);

    const admin = await tokenFor(await createActingUser("ADMIN"));
    expect((await callChecked("POST", "/api/v1/destinations", { token: admin, body: sousse })).status).toBe(201);

    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect((await callChecked("GET", "/api/v1/destinations", { token: manager })).body).toMatchObject({ total: 2 });
    expect((await callChecked("GET", "/api/v1/destinations/missing", { token: manager })).status).toBe(404);
    expect((await callChecked("PUT", item, { token: manager, body: { ...sousse, version: 1 } })).status).toBe(403);
    expect((await callChecked("DELETE", item, { token: manager, headers: { "If-Match": '"1"' } })).status).toBe(403);

    for (const partner of [
      await tokenFor(await createActingUser("PARTNER")),
      await tokenFor(await createActingUser("PARTNER")),
    ]) {
      expect((await callChecked("GET", "/api/v1/destinations", { token: partner })).status).toBe(403);
      expect((await callChecked("GET", item, { token: partner })).status).toBe(403);
      expect(
        (await callChecked("POST", "/api/v1/destinations", { token: partner, body: { ...sousse, city: "Tunis" } }))
          .status,
      ).toBe(403);
    }
    expect(await testDb.destination.findUniqueOrThrow({ where: { id: stored.id }, select: { version: true } })).toEqual(
      { version: 1 },
    );
    expect(await testDb.destination.count()).toBe(2);
  });
});

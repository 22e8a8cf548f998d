import { beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/session-user";
import { createActingUser } from "../accounts/helpers";
import { createReferences } from "../delegations/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor, type ApiAnswer } from "./client";

let refs: Awaited<ReturnType<typeof createReferences>>;
beforeEach(async () => {
  refs = await createReferences();
});

async function partnerUserOf(partnerId: string): Promise<ActingUser> {
  const user = await createActingUser("PARTNER");
  await testDb.user.update({ where: { id: user.id }, data: { partnerId } });
  return { ...user, partnerId };
}

/** A delegation from Haifa hosted with TCA, timed in Paris wall-clock time as the API takes it. */
function haifaBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "Délégation de Haïfa — santé connectée",
    originDestinationId: refs.haifa.id,
    arrivalAt: "2016-05-12T14:30",
    departureAt: "2016-05-13T10:00",
    size: 12,
    hostName: "Sophie Staff",
    sectorIds: [refs.health.id],
    partnerIds: [refs.tca.id],
    ...overrides,
  };
}

const fieldsOf = (answer: ApiAnswer) =>
  (answer.body as { errors: { field: string; code: string }[] }).errors.map(({ field, code }) => `${field}:${code}`);

const delegationAudit = async () =>
  (
    await testDb.auditEntry.findMany({
      where: { entityType: "Delegation" },
      orderBy: { id: "asc" },
      select: { action: true },
    })
  ).map((entry) => entry.action);

describe("/api/v1/delegations", () => {
  it("takes Paris wall-clock times, answers UTC instants, and runs every operation with an audit entry each", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const created = await callChecked("POST", "/api/v1/delegations", { token, body: haifaBody() });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({
      // 14:30 in Paris in May (summer time, UTC+2).
      arrivalAt: "2016-05-12T12:30:00.000Z",
      departureAt: "2016-05-13T08:00:00.000Z",
      originDestinationId: refs.haifa.id,
      originCountryCode: "IL",
      origin: "Haifa, Israël",
      status: "EXPECTED",
      size: 12,
      programme: "",
      cancellationReason: null,
      version: 1,
      archived: false,
      sectors: [{ id: refs.health.id, name: "Santé" }],
      partners: [{ id: refs.tca.id }],
    });
    // 23:30 on New Year's Eve in Paris is 22:30 UTC, and belongs to 2016.
    const newYearsEve = await callChecked("POST", "/api/v1/delegations", {
      token,
      body: haifaBody({
        title: "Réveillon",
        originDestinationId: null,
        originCountryCode: "jp",
        arrivalAt: "2016-12-31T23:30",
        departureAt: "2017-01-02T10:00",
        partnerIds: [],
      }),
    });
    expect(newYearsEve.body).toMatchObject({
      arrivalAt: "2016-12-31T22:30:00.000Z",
      originCountryCode: "JP",
      origin: "Japon",
    });

    const in2016 = await callChecked("GET", "/api/v1/delegations?year=2016&sort=arrivalAt&direction=asc&pageSize=10", {
      token,
    });
    expect(in2016.body).toMatchObject({ total: 2, pageSize: 10, data: [{ id }, { title: "Réveillon" }] });
    expect(
      (await callChecked("GET", `/api/v1/delegations?partner=${refs.tca.id}&country=IL`, { token })).body,
    ).toMatchObject({ total: 1, data: [{ id }] });
    expect((await callChecked("GET", "/api/v1/delegations?year=2017", { token })).body).toMatchObject({
      total: 0,
      data: [],
    });

    const updated = await callChecked("PUT", `/api/v1/delegations/${id}`, {
      token,
      body: haifaBody({ size: 14, version: 1 }),
    });
    expect(updated.body).toMatchObject({ size: 14, version: 2 });
    const replaced = await callChecked("PUT", `/api/v1/delegations/${id}`, {
      token,
      headers: { "If-Match": '"2"' },
      body: haifaBody({ size: 15, hostName: undefined, partnerIds: undefined }),
    });
    expect(replaced.body).toMatchObject({ size: 15, hostName: "", partners: [], version: 3 });
    const stale = await callChecked("PUT", `/api/v1/delegations/${id}`, {
      token,
      body: haifaBody({ size: 20, version: 2 }),
    });
    expect(stale.status).toBe(409);
    expect((stale.body as { conflict: unknown[] }).conflict).toEqual(
      expect.arrayContaining([{ field: "size", current: "15" }]),
    );

    const welcomed = await callChecked("POST", `/api/v1/delegations/${id}/status`, {
      token,
      body: { status: "WELCOMED", version: 3 },
    });
    expect(welcomed.body).toMatchObject({ status: "WELCOMED", version: 4 });
    await callChecked("POST", `/api/v1/delegations/${id}/status`, {
      token,
      headers: { "If-Match": '"4"' },
      body: { status: "EXPECTED" },
    });
    const cancelled = await callChecked("POST", `/api/v1/delegations/${id}/status`, {
      token,
      body: { status: "CANCELLED", cancellationReason: "Vol annulé", version: 5 },
    });
    expect(cancelled.body).toMatchObject({ status: "CANCELLED", cancellationReason: "Vol annulé", version: 6 });

    expect(
      (await callChecked("DELETE", `/api/v1/delegations/${id}`, { token, headers: { "If-Match": '"6"' } })).body,
    ).toMatchObject({ archived: true, version: 7 });
    expect((await callChecked("GET", "/api/v1/delegations?archived=true", { token })).body).toMatchObject({
      total: 1,
      data: [{ id, archived: true }],
    });
    expect(
      (await callChecked("POST", `/api/v1/delegations/${id}/restore`, { token, headers: { "If-Match": '"7"' } })).body,
    ).toMatchObject({ archived: false, version: 8 });
    expect(await delegationAudit()).toEqual([
      "delegation.create",
      "delegation.create",
      "delegation.update",
      "delegation.update",
      "delegation.changeStatus",
      "delegation.changeStatus",
      "delegation.changeStatus",
      "delegation.archive",
      "delegation.restore",
    ]);
  });

  it("lets managers read only, partners read only their organisation's delegations, and asks anonymous callers to authenticate", async () => {
    const admin = await tokenFor(await createActingUser("ADMIN"));
    const withTca = (await callChecked("POST", "/api/v1/delegations", { token: admin, body: haifaBody() })).body as {
      id: string;
    };
    const withOtcn = (
      await callChecked("POST", "/api/v1/delegations", {
        token: admin,
        body: haifaBody({ title: "Avec l'OTCN", partnerIds: [refs.otcn.id] }),
      })
    ).body as { id: string };

    expect((await callChecked("GET", "/api/v1/delegations")).status).toBe(401);
    expect(
      (await callChecked("PUT", `/api/v1/delegations/${withTca.id}`, { body: haifaBody({ version: 1 }) })).status,
    ).toBe(401);

    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect((await callChecked("GET", "/api/v1/delegations", { token: manager })).body).toMatchObject({ total: 2 });
    expect((await callChecked("GET", `/api/v1/delegations/${withOtcn.id}`, { token: manager })).status).toBe(200);
    const tca = await tokenFor(await partnerUserOf(refs.tca.id));
    const otcn = await tokenFor(await partnerUserOf(refs.otcn.id));
    expect((await callChecked("GET", "/api/v1/delegations", { token: tca })).body).toMatchObject({
      total: 1,
      data: [{ id: withTca.id }],
    });
    // A filter cannot widen a partner's scope.
    expect(
      (await callChecked("GET", `/api/v1/delegations?partner=${refs.otcn.id}`, { token: tca })).body,
    ).toMatchObject({ total: 0 });
    expect((await callChecked("GET", `/api/v1/delegations/${withTca.id}`, { token: tca })).status).toBe(200);
    expect((await callChecked("GET", `/api/v1/delegations/${withTca.id}`, { token: otcn })).status).toBe(404);

    for (const token of [manager, tca, otcn]) {
      expect((await callChecked("POST", "/api/v1/delegations", { token, body: haifaBody() })).status).toBe(403);
      expect(
        (await callChecked("PUT", `/api/v1/delegations/${withTca.id}`, { token, body: haifaBody({ version: 1 }) }))
          .status,
      ).toBe(403);
      expect(
        (
          await callChecked("POST", `/api/v1/delegations/${withTca.id}/status`, {
            token,
            body: { status: "WELCOMED", version: 1 },
          })
        ).status,
      ).toBe(403);
      expect(
        (await callChecked("DELETE", `/api/v1/delegations/${withTca.id}`, { token, headers: { "If-Match": '"1"' } }))
          .status,
      ).toBe(403);
      expect(
        (await callChecked("POST", `/api/v1/delegations/${withTca.id}/restore`, { token, body: { version: 1 } }))
          .status,
      ).toBe(403);
    }
    expect(await testDb.delegation.count()).toBe(2);
    expect(await delegationAudit()).toEqual(["delegation.create", "delegation.create"]);
  });

  it("refuses bad input, naming the body's fields, and writes nothing", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    expect(
      fieldsOf(await callChecked("POST", "/api/v1/delegations", { token, body: haifaBody({ budget: 5 }) })),
    ).toEqual(["budget:unknownField"]);
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/delegations", { token, body: haifaBody({ size: "12", title: undefined }) }),
      ),
    ).toEqual(["title:required", "size:invalid"]);
    // An instant with an offset is not what the body takes: Paris wall-clock time only.
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/delegations", {
          token,
          body: haifaBody({ arrivalAt: "2016-05-12T12:30:00Z" }),
        }),
      ),
    ).toEqual(["arrivalAt:invalid"]);

    const rules = await callChecked("POST", "/api/v1/delegations", {
      token,
      body: haifaBody({
        originDestinationId: null,
        originCountryCode: null,
        departureAt: "2016-05-12T09:00",
        size: 0,
        arrivalAt: "2016-02-30T10:00",
      }),
    });
    expect(rules.status).toBe(422);
    expect(fieldsOf(rules)).toEqual(expect.arrayContaining(["arrivalAt:invalidDate", "size:sizeOutOfRange"]));
    const order = await callChecked("POST", "/api/v1/delegations", {
      token,
      body: haifaBody({ originDestinationId: null, departureAt: "2016-05-12T09:00" }),
    });
    expect(fieldsOf(order)).toEqual(["originCountryCode:originRequired", "departureAt:departureBeforeArrival"]);
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/delegations", {
          token,
          body: haifaBody({ originDestinationId: null, originCountryCode: "ZZ" }),
        }),
      ),
    ).toEqual(["originCountryCode:unknownCountry"]);

    const references = await callChecked("POST", "/api/v1/delegations", {
      token,
      body: haifaBody({ originDestinationId: refs.oldCity.id, sectorIds: [refs.oldSector.id], partnerIds: ["nope"] }),
    });
    expect(references.status).toBe(422);
    expect(fieldsOf(references)).toEqual([
      "originDestinationId:unknownReference",
      "sectorIds:unknownReference",
      "partnerIds:unknownReference",
    ]);

    const kept = (
      await callChecked("POST", "/api/v1/delegations", {
        token,
        body: haifaBody({ arrivalAt: "2099-05-12T14:30", departureAt: "2099-05-13T10:00" }),
      })
    ).body as { id: string };
    expect(
      fieldsOf(
        await callChecked("POST", `/api/v1/delegations/${kept.id}/status`, {
          token,
          body: { status: "CANCELLED", version: 1 },
        }),
      ),
    ).toEqual(["cancellationReason:required"]);
    expect(
      fieldsOf(
        await callChecked("POST", `/api/v1/delegations/${kept.id}/status`, {
          token,
          body: { status: "GONE", version: 1 },
        }),
      ),
    ).toEqual(["status:invalidChoice"]);
    // Not arrived yet: it cannot have been welcomed.
    expect(
      (
        await callChecked("POST", `/api/v1/delegations/${kept.id}/status`, {
          token,
          body: { status: "WELCOMED", version: 1 },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await callChecked("PUT", `/api/v1/delegations/${kept.id}`, {
          token,
          body: haifaBody({ departureAt: "2016-05-12T09:00", version: 1 }),
        })
      ).status,
    ).toBe(422);
    expect((await callChecked("DELETE", `/api/v1/delegations/${kept.id}`, { token })).status).toBe(422);

    expect(await testDb.delegation.count()).toBe(1);
    expect(await testDb.delegation.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      status: "EXPECTED",
      version: 1,
      archivedAt: null,
    });
    expect(await delegationAudit()).toEqual(["delegation.create"]);
  });
});

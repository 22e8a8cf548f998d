import { beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/session-user";
import { buildObjective } from "@/tests/factories/reference";
import { createActingUser } from "../accounts/helpers";
import { createReferences } from "../delegations/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor, type ApiAnswer } from "./client";

let refs: Awaited<ReturnType<typeof createReferences>> & { reach: { id: string } };
beforeEach(async () => {
  const reach = await testDb.objective.create({
    data: buildObjective({ code: "REACH", nameFr: "Rayonnement", nameEn: "Reach" }),
  });
  refs = { ...(await createReferences()), reach };
});

async function partnerUserOf(partnerId: string): Promise<ActingUser> {
  const user = await createActingUser("PARTNER");
  await testDb.user.update({ where: { id: user.id }, data: { partnerId } });
  return { ...user, partnerId };
}

/** The Carnival's partners evening with the OTCN, in Paris wall-clock time as the API takes it. */
function carnivalBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "Carnaval de Nice — soirée des partenaires",
    startsAt: "2016-02-13T19:00",
    endsAt: "2016-02-13T23:30",
    venue: "Place Masséna",
    attendance: 1200,
    sectorIds: [refs.culture.id],
    partnerIds: [refs.otcn.id],
    objectiveIds: [refs.reach.id],
    ...overrides,
  };
}

const fieldsOf = (answer: ApiAnswer) =>
  (answer.body as { errors: { field: string; code: string }[] }).errors.map(({ field, code }) => `${field}:${code}`);

const eventAudit = async () =>
  (
    await testDb.auditEntry.findMany({
      where: { entityType: "InternationalEvent" },
      orderBy: { id: "asc" },
      select: { action: true },
    })
  ).map((entry) => entry.action);

describe("/api/v1/events", () => {
  it("takes Paris wall-clock times, answers UTC instants, and runs every operation with an audit entry each", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const created = await callChecked("POST", "/api/v1/events", { token, body: carnivalBody() });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({
      // 19:00 in Paris in February (winter time, UTC+1).
      startsAt: "2016-02-13T18:00:00.000Z",
      endsAt: "2016-02-13T22:30:00.000Z",
      venue: "Place Masséna",
      attendance: 1200,
      summary: "",
      status: "PLANNED",
      version: 1,
      archived: false,
      sectors: [{ id: refs.culture.id, name: "Culture" }],
      partners: [{ id: refs.otcn.id }],
      objectives: [{ id: refs.reach.id, name: "Rayonnement" }],
    });
    await callChecked("POST", "/api/v1/events", {
      token,
      body: carnivalBody({
        title: "Forum 2017",
        startsAt: "2017-03-01T09:00",
        endsAt: "2017-03-01T18:00",
        objectiveIds: [],
      }),
    });

    expect(
      (await callChecked("GET", `/api/v1/events?year=2016&objective=${refs.reach.id}&sort=title`, { token })).body,
    ).toMatchObject({ total: 1, data: [{ id }] });
    expect((await callChecked("GET", "/api/v1/events?q=forum&pageSize=10", { token })).body).toMatchObject({
      total: 1,
      data: [{ title: "Forum 2017", attendance: 1200 }],
    });
    expect(
      (await callChecked("GET", "/api/v1/events?sort=startsAt&direction=asc&pageSize=10&page=2", { token })).body,
    ).toMatchObject({ page: 2, total: 2, data: [] });

    const updated = await callChecked("PUT", `/api/v1/events/${id}`, {
      token,
      body: carnivalBody({ attendance: null, version: 1 }),
    });
    expect(updated.body).toMatchObject({ attendance: null, version: 2 });
    const replaced = await callChecked("PUT", `/api/v1/events/${id}`, {
      token,
      headers: { "If-Match": '"2"' },
      body: carnivalBody({ venue: undefined, objectiveIds: undefined }),
    });
    expect(replaced.body).toMatchObject({ venue: "", objectives: [], version: 3 });
    const stale = await callChecked("PUT", `/api/v1/events/${id}`, {
      token,
      body: carnivalBody({ title: "Trop tard", version: 2 }),
    });
    expect(stale.status).toBe(409);
    expect((stale.body as { conflict: unknown[] }).conflict).toEqual(
      expect.arrayContaining([{ field: "venue", current: "" }]),
    );

    expect(
      (await callChecked("POST", `/api/v1/events/${id}/status`, { token, body: { status: "HELD", version: 3 } })).body,
    ).toMatchObject({ status: "HELD", version: 4 });
    expect(
      (
        await callChecked("POST", `/api/v1/events/${id}/status`, {
          token,
          headers: { "If-Match": '"4"' },
          body: { status: "PLANNED" },
        })
      ).body,
    ).toMatchObject({ status: "PLANNED", version: 5 });
    expect(
      (await callChecked("DELETE", `/api/v1/events/${id}`, { token, headers: { "If-Match": '"5"' } })).body,
    ).toMatchObject({ archived: true, version: 6 });
    expect((await callChecked("GET", "/api/v1/events?archived=true", { token })).body).toMatchObject({
      total: 1,
      data: [{ id }],
    });
    expect(
      (await callChecked("POST", `/api/v1/events/${id}/restore`, { token, body: { version: 6 } })).body,
    ).toMatchObject({ archived: false, version: 7 });
    // Restoring a record that is not archived changes nothing and succeeds, as in every area.
    expect(
      (await callChecked("POST", `/api/v1/events/${id}/restore`, { token, body: { version: 7 } })).body,
    ).toMatchObject({ archived: false, version: 7 });
    expect(await eventAudit()).toEqual([
      "event.create",
      "event.create",
      "event.update",
      "event.update",
      "event.changeStatus",
      "event.changeStatus",
      "event.archive",
      "event.restore",
    ]);
  });

  it("lets managers read only, partners read only their organisation's events, and asks anonymous callers to authenticate", async () => {
    const admin = await tokenFor(await createActingUser("ADMIN"));
    const withOtcn = (await callChecked("POST", "/api/v1/events", { token: admin, body: carnivalBody() })).body as {
      id: string;
    };
    const withTca = (
      await callChecked("POST", "/api/v1/events", {
        token: admin,
        body: carnivalBody({ title: "Avec TCA", partnerIds: [refs.tca.id] }),
      })
    ).body as { id: string };

    expect((await callChecked("GET", `/api/v1/events/${withOtcn.id}`)).status).toBe(401);
    expect(
      (await callChecked("POST", `/api/v1/events/${withOtcn.id}/status`, { body: { status: "HELD", version: 1 } }))
        .status,
    ).toBe(401);

    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect((await callChecked("GET", "/api/v1/events", { token: manager })).body).toMatchObject({ total: 2 });
    const otcn = await tokenFor(await partnerUserOf(refs.otcn.id));
    const tca = await tokenFor(await partnerUserOf(refs.tca.id));
    expect((await callChecked("GET", "/api/v1/events", { token: otcn })).body).toMatchObject({
      total: 1,
      data: [{ id: withOtcn.id }],
    });
    expect((await callChecked("GET", `/api/v1/events/${withOtcn.id}`, { token: otcn })).status).toBe(200);
    expect((await callChecked("GET", `/api/v1/events/${withOtcn.id}`, { token: tca })).status).toBe(404);
    expect((await callChecked("GET", `/api/v1/events/${withTca.id}`, { token: otcn })).status).toBe(404);

    for (const token of [manager, otcn, tca]) {
      expect((await callChecked("POST", "/api/v1/events", { token, body: carnivalBody() })).status).toBe(403);
      expect(
        (await callChecked("PUT", `/api/v1/events/${withOtcn.id}`, { token, body: carnivalBody({ version: 1 }) }))
          .status,
      ).toBe(403);
      expect(
        (
          await callChecked("POST", `/api/v1/events/${withOtcn.id}/status`, {
            token,
            body: { status: "HELD", version: 1 },
          })
        ).status,
      ).toBe(403);
      expect(
        (await callChecked("DELETE", `/api/v1/events/${withOtcn.id}`, { token, headers: { "If-Match": '"1"' } }))
          .status,
      ).toBe(403);
      expect(
        (await callChecked("POST", `/api/v1/events/${withOtcn.id}/restore`, { token, body: { version: 1 } })).status,
      ).toBe(403);
    }
    expect(await testDb.internationalEvent.count()).toBe(2);
    expect(await eventAudit()).toEqual(["event.create", "event.create"]);
  });

  it("refuses bad input, naming the body's fields, and writes nothing", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    expect(
      fieldsOf(await callChecked("POST", "/api/v1/events", { token, body: carnivalBody({ cancellationReason: "x" }) })),
    ).toEqual(["cancellationReason:unknownField"]);
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/events", {
          token,
          body: carnivalBody({ attendance: 12.5, sectorIds: "culture" }),
        }),
      ),
    ).toEqual(["attendance:attendanceOutOfRange", "sectorIds:invalid"]);
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/events", {
          token,
          body: carnivalBody({ endsAt: "2016-02-13T18:59", attendance: -1 }),
        }),
      ),
    ).toEqual(["attendance:attendanceOutOfRange", "endsAt:endBeforeStart"]);
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/events", {
          token,
          body: carnivalBody({ title: " ", startsAt: "13/02/2016 19:00" }),
        }),
      ),
    ).toEqual(["startsAt:invalid"]);
    expect(
      fieldsOf(await callChecked("POST", "/api/v1/events", { token, body: carnivalBody({ title: " " }) })),
    ).toEqual(["title:required"]);
    const references = await callChecked("POST", "/api/v1/events", {
      token,
      body: carnivalBody({ partnerIds: [refs.oldPartner.id], objectiveIds: ["nope"] }),
    });
    expect(references.status).toBe(422);
    expect(fieldsOf(references)).toEqual(["partnerIds:unknownReference", "objectiveIds:unknownReference"]);

    const kept = (
      await callChecked("POST", "/api/v1/events", {
        token,
        body: carnivalBody({ startsAt: "2099-02-13T19:00", endsAt: "2099-02-13T23:00" }),
      })
    ).body as { id: string };
    // Not started yet: it cannot have been held.
    expect(
      (await callChecked("POST", `/api/v1/events/${kept.id}/status`, { token, body: { status: "HELD", version: 1 } }))
        .status,
    ).toBe(422);
    expect(
      fieldsOf(
        await callChecked("POST", `/api/v1/events/${kept.id}/status`, {
          token,
          body: { status: "CANCELLED", cancellationReason: "x", version: 1 },
        }),
      ),
    ).toEqual(["cancellationReason:unknownField"]);
    expect(
      (
        await callChecked("PUT", `/api/v1/events/${kept.id}`, {
          token,
          body: carnivalBody({ endsAt: "2016-02-13T18:00", version: 1 }),
        })
      ).status,
    ).toBe(422);

    expect(await testDb.internationalEvent.count()).toBe(1);
    expect(await testDb.internationalEvent.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      status: "PLANNED",
      version: 1,
    });
    expect(await eventAudit()).toEqual(["event.create"]);
  });
});

import { describe, expect, it } from "vitest";
import { buildAgreement, buildMission, calendarDay } from "@/prisma/demo/record-builders";
import { buildDestination } from "@/tests/factories/reference";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor } from "./client";

const xiamen = () => testDb.destination.create({ data: buildDestination({ city: "Xiamen", countryCode: "CN" }) });

const licence = (destinationId: string) => ({
  title: "Licence Carnaval de Nice",
  kind: "TRADEMARK_LICENCE",
  counterpart: "Municipalité de Xiamen",
  destinationId,
  startDate: "2016-03-09",
  endDate: "2021-03-08",
  isExclusive: true,
  themes: [
    { year: 2018, theme: "Batailles de fleurs" },
    { year: 2017, theme: "Roi de l'énergie" },
  ],
});

describe("/api/v1/agreements", () => {
  it("lists with filters, creates, updates by body version and by If-Match, archives and restores, each change audited", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const destination = await xiamen();
    const haifa = await testDb.destination.create({ data: buildDestination({ city: "Haifa", countryCode: "IL" }) });
    const mission = await testDb.mission.create({
      data: buildMission({
        title: "Mission Chine 2016",
        startDate: calendarDay("2016-03-07"),
        endDate: calendarDay("2016-03-12"),
      }),
    });
    await testDb.agreement.create({
      data: buildAgreement({
        title: "Jumelage Haïfa",
        kind: "TWINNING",
        destinationId: haifa.id,
        startDate: calendarDay("2010-01-01"),
        endDate: calendarDay("2012-12-31"),
      }),
    });

    const created = await callChecked("POST", "/api/v1/agreements", {
      token,
      body: { ...licence(destination.id), missionId: mission.id },
    });
    expect(created.status).toBe(201);
    const agreement = created.body as { id: string };
    expect(created.headers.get("location")).toBe(`/api/v1/agreements/${agreement.id}`);
    expect(created.body).toMatchObject({
      kind: "TRADEMARK_LICENCE",
      destination: "Xiamen (CN)",
      destinationId: destination.id,
      startDate: "2016-03-09",
      endDate: "2021-03-08",
      isExclusive: true,
      notes: "",
      mission: { id: mission.id, title: "Mission Chine 2016" },
      archived: false,
      version: 1,
      themes: [
        { year: 2017, theme: "Roi de l'énergie" },
        { year: 2018, theme: "Batailles de fleurs" },
      ],
    });

    // The same filters as the list page: in force during 2016, of this destination, this kind.
    const inForce = await callChecked(
      "GET",
      `/api/v1/agreements?year=2016&destinationId=${destination.id}&kind=TRADEMARK_LICENCE`,
      { token },
    );
    expect(inForce.body).toMatchObject({
      total: 1,
      page: 1,
      pageSize: 25,
      data: [{ id: agreement.id, destination: "Xiamen (CN)" }],
    });
    const byTitle = await callChecked("GET", "/api/v1/agreements?sort=title&direction=asc&pageSize=10", { token });
    expect((byTitle.body as { data: { title: string }[] }).data.map((row) => row.title)).toEqual([
      "Jumelage Haïfa",
      "Licence Carnaval de Nice",
    ]);
    expect((await callChecked("GET", "/api/v1/agreements?pageSize=10&page=2", { token })).body).toMatchObject({
      data: [],
      page: 2,
      total: 2,
    });
    expect((await callChecked("GET", "/api/v1/agreements?q=carnaval", { token })).body).toMatchObject({
      total: 1,
      data: [{ id: agreement.id }],
    });

    const renamed = await callChecked("PUT", `/api/v1/agreements/${agreement.id}`, {
      token,
      body: { ...licence(destination.id), title: "Licence Carnaval", version: 1 },
    });
    expect(renamed.body).toMatchObject({ title: "Licence Carnaval", mission: null, version: 2 });
    const noEnd = await callChecked("PUT", `/api/v1/agreements/${agreement.id}`, {
      token,
      body: { ...licence(destination.id), endDate: null, themes: [] },
      headers: { "If-Match": '"2"' },
    });
    expect(noEnd.headers.get("etag")).toBe('"3"');
    expect(noEnd.body).toMatchObject({ endDate: null, themes: [], title: "Licence Carnaval de Nice", version: 3 });

    const stale = await callChecked("PUT", `/api/v1/agreements/${agreement.id}`, {
      token,
      body: { ...licence(destination.id), counterpart: "Xiamen", version: 2 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      status: 409,
      conflict: expect.arrayContaining([{ field: "endDate", current: "" }]),
    });

    expect(
      (await callChecked("DELETE", `/api/v1/agreements/${agreement.id}`, { token, headers: { "If-Match": '"3"' } }))
        .body,
    ).toMatchObject({ archived: true, version: 4 });
    expect((await callChecked("GET", "/api/v1/agreements?archived=true", { token })).body).toMatchObject({
      total: 1,
      data: [{ id: agreement.id, archived: true }],
    });
    expect(
      (
        await callChecked("POST", `/api/v1/agreements/${agreement.id}/restore`, {
          token,
          headers: { "If-Match": '"4"' },
        })
      ).body,
    ).toMatchObject({ archived: false, version: 5 });
    expect(await auditActions()).toEqual([
      "accessToken.create",
      "agreement.create",
      "agreement.update",
      "agreement.update",
      "agreement.archive",
      "agreement.restore",
    ]);
  });

  it("refuses bad input with the fields to correct and writes nothing", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const destination = await xiamen();
    const fieldsOf = async (body: unknown) => {
      const answer = await callChecked("POST", "/api/v1/agreements", { token, body });
      expect(answer.status).toBe(422);
      return (answer.body as { errors: { field: string; code: string }[] }).errors.map(
        ({ field, code }) => `${field}:${code}`,
      );
    };
    expect(await fieldsOf({ ...licence(destination.id), signatory: "Mayor" })).toEqual(["signatory:unknownField"]);
    expect(await fieldsOf({ ...licence(destination.id), isExclusive: "yes", kind: "LEASE" })).toEqual([
      "kind:invalidChoice",
      "isExclusive:invalid",
    ]);
    expect(await fieldsOf({ ...licence(destination.id), endDate: "2015-01-01" })).toEqual([
      "endDate:endBeforeStart",
      "themes.0.year:themeYearOutside",
      "themes.1.year:themeYearOutside",
    ]);
    expect(await fieldsOf({ ...licence(destination.id), title: " " })).toEqual(["title:required"]);
    expect(await fieldsOf({ ...licence("no-such-destination") })).toEqual(["destinationId:unknownReference"]);
    expect(await fieldsOf({ ...licence(destination.id), missionId: "no-such-mission" })).toEqual([
      "missionId:unknownReference",
    ]);
    expect(await testDb.agreement.count()).toBe(0);
    expect(await testDb.auditEntry.count({ where: { entityType: "Agreement" } })).toBe(0);
  });

  it("answers every role as the agreements pages do: office roles read, ADMIN and STAFF write, partners are refused", async () => {
    const destination = await xiamen();
    const stored = await testDb.agreement.create({ data: buildAgreement({ destinationId: destination.id }) });
    const item = `/api/v1/agreements/${stored.id}`;
    expect((await callChecked("GET", "/api/v1/agreements")).status).toBe(401);
    expect((await callChecked("GET", item)).status).toBe(401);
    expect((await callChecked("POST", "/api/v1/agreements", { body: licence(destination.id) })).status).toBe(401);

    const admin = await tokenFor(await createActingUser("ADMIN"));
    expect(
      (await callChecked("POST", "/api/v1/agreements", { token: admin, body: licence(destination.id) })).status,
    ).toBe(201);

    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect((await callChecked("GET", "/api/v1/agreements", { token: manager })).body).toMatchObject({ total: 2 });
    expect((await callChecked("GET", item, { token: manager })).body).toMatchObject({ id: stored.id, version: 1 });
    expect((await callChecked("GET", "/api/v1/agreements/missing", { token: manager })).status).toBe(404);
    expect(
      (await callChecked("POST", "/api/v1/agreements", { token: manager, body: licence(destination.id) })).status,
    ).toBe(403);
    expect(
      (await callChecked("PUT", item, { token: manager, body: { ...licence(destination.id), version: 1 } })).status,
    ).toBe(403);
    expect((await callChecked("DELETE", item, { token: manager, headers: { "If-Match": '"1"' } })).status).toBe(403);

    // Users of two partner organisations: agreements involve no organisation, so neither may read them.
    for (const partner of [
      await tokenFor(await createActingUser("PARTNER")),
      await tokenFor(await createActingUser("PARTNER")),
    ]) {
      expect((await callChecked("GET", "/api/v1/agreements", { token: partner })).status).toBe(403);
      expect((await callChecked("GET", item, { token: partner })).status).toBe(403);
      expect(
        (await callChecked("PUT", item, { token: partner, body: { ...licence(destination.id), version: 1 } })).status,
      ).toBe(403);
      expect((await callChecked("POST", `${item}/restore`, { token: partner, body: { version: 1 } })).status).toBe(403);
    }
    expect(
      await testDb.agreement.findUniqueOrThrow({
        where: { id: stored.id },
        select: { version: true, archivedAt: true },
      }),
    ).toEqual({ version: 1, archivedAt: null });
  });
});

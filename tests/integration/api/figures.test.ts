import { describe, expect, it } from "vitest";
import * as figuresRoute from "@/app/api/v1/figures/route";
import { closeYear } from "@/lib/dashboard/closures";
import { buildDelegation, buildEvent, buildMission, calendarDay, parisInstant } from "@/prisma/demo/record-builders";
import { buildTown } from "@/tests/factories/towns";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { callChecked, registerRoute, tokenFor } from "./client";

registerRoute(/^\/api\/v1\/figures$/, figuresRoute);

/** A small year like the demo's: records that count in 2015–2017 and look-alikes that must not. */
async function recordYears() {
  await testDb.mission.createMany({
    data: [
      buildMission({ status: "COMPLETED", startDate: calendarDay("2016-03-07"), endDate: calendarDay("2016-03-12") }),
      // Spans New Year: counts in the year it started.
      buildMission({ status: "COMPLETED", startDate: calendarDay("2016-12-28"), endDate: calendarDay("2017-01-03") }),
      buildMission({ status: "COMPLETED", startDate: calendarDay("2015-06-01"), endDate: calendarDay("2015-06-03") }),
      buildMission({ status: "CONFIRMED", startDate: calendarDay("2016-05-02"), endDate: calendarDay("2016-05-03") }),
      buildMission({
        status: "COMPLETED",
        archivedAt: new Date(),
        startDate: calendarDay("2016-05-02"),
        endDate: calendarDay("2016-05-03"),
      }),
    ],
  });
  await testDb.delegation.createMany({
    data: [
      buildDelegation({
        status: "WELCOMED",
        arrivalAt: parisInstant("2016-04-12", "10:00"),
        departureAt: parisInstant("2016-04-13", "10:00"),
      }),
      // 23:30 on 31 December in Paris (22:30 UTC): still 2016.
      buildDelegation({
        status: "WELCOMED",
        arrivalAt: parisInstant("2016-12-31", "23:30"),
        departureAt: parisInstant("2017-01-02", "10:00"),
      }),
      buildDelegation({
        status: "EXPECTED",
        arrivalAt: parisInstant("2016-09-12", "10:00"),
        departureAt: parisInstant("2016-09-13", "10:00"),
      }),
    ],
  });
  await testDb.internationalEvent.createMany({
    data: [
      buildEvent({
        status: "HELD",
        startsAt: parisInstant("2016-06-13", "09:00"),
        endsAt: parisInstant("2016-06-13", "18:00"),
      }),
      buildEvent({
        status: "HELD",
        startsAt: parisInstant("2017-06-12", "09:00"),
        endsAt: parisInstant("2017-06-12", "18:00"),
      }),
      buildEvent({
        status: "CANCELLED",
        startsAt: parisInstant("2016-10-12", "09:00"),
        endsAt: parisInstant("2016-10-12", "18:00"),
      }),
    ],
  });
  for (const connectedOn of ["2014-05-01", "2016-03-01", "2016-12-31", "2017-01-01"])
    await testDb.town.create({ data: buildTown({ connectedOn: calendarDay(connectedOn) }) });
  await testDb.town.create({ data: buildTown({ connectedOn: null }) });
}

const live2016 = { missionsCarriedOut: 2, delegationsWelcomed: 2, internationalEventsOrganised: 1, connectedTowns: 3 };

describe("/api/v1/figures", () => {
  it("answers a year's figures computed from the records, with the dashboard's definitions in the caller's language", async () => {
    await recordYears();
    const manager = await createActingUser("MANAGER");
    const answer = await callChecked("GET", "/api/v1/figures?year=2016", { token: await tokenFor(manager) });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ year: 2016, ...live2016, closed: false, published: null, live: live2016 });
    expect((answer.body as { definitions: Record<string, string> }).definitions).toMatchObject({
      missionsCarriedOut: expect.stringMatching(/^Missions au statut « Réalisée ».*en 2016\./),
      connectedTowns: "Communes non archivées connectées au plus tard le 31 décembre 2016.",
    });

    await testDb.user.update({ where: { id: manager.id }, data: { locale: "en" } });
    const inEnglish = await callChecked("GET", "/api/v1/figures?year=2017", { token: await tokenFor(manager) });
    expect(inEnglish.body).toMatchObject({
      year: 2017,
      missionsCarriedOut: 0,
      delegationsWelcomed: 0,
      internationalEventsOrganised: 1,
      connectedTowns: 4,
      definitions: { connectedTowns: "Towns, not archived, connected on or before 31 December 2017." },
    });
    // Problem titles follow the same language.
    const refused = await callChecked("GET", "/api/v1/figures?year=20x6", { token: await tokenFor(manager) });
    expect(refused.body).toMatchObject({ status: 400, title: "Malformed request" });
  });

  it("answers a closed year's published figures at the top, the live ones alongside", async () => {
    await recordYears();
    const manager = await createActingUser("MANAGER");
    await closeYear(manager, 2016);
    // Welcomed after the close: the live figure moves, the published one does not.
    await testDb.delegation.create({
      data: buildDelegation({
        status: "WELCOMED",
        arrivalAt: parisInstant("2016-11-02", "10:00"),
        departureAt: parisInstant("2016-11-03", "10:00"),
      }),
    });
    const answer = await callChecked("GET", "/api/v1/figures?year=2016", { token: await tokenFor(manager) });
    expect(answer.body).toMatchObject({
      ...live2016,
      closed: true,
      published: live2016,
      live: { ...live2016, delegationsWelcomed: 3 },
    });
  });

  it("answers a range year by year, oldest first", async () => {
    await recordYears();
    await closeYear(await createActingUser("ADMIN"), 2015);
    const answer = await callChecked("GET", "/api/v1/figures?from=2015&to=2017", {
      token: await tokenFor(await createActingUser("STAFF")),
    });
    const entries = (
      answer.body as { data: { year: number; closed: boolean; missionsCarriedOut: number; connectedTowns: number }[] }
    ).data;
    expect(
      entries.map(({ year, closed, missionsCarriedOut, connectedTowns }) => [
        year,
        closed,
        missionsCarriedOut,
        connectedTowns,
      ]),
    ).toEqual([
      [2015, true, 1, 1],
      [2016, false, 2, 3],
      [2017, false, 0, 4],
    ]);
    const single = await callChecked("GET", "/api/v1/figures?from=2016&to=2016", {
      token: await tokenFor(await createActingUser("ADMIN")),
    });
    expect(single.body).toMatchObject({ data: [{ year: 2016, ...live2016 }] });
  });

  it("refuses missing, unknown, repeated or unusable parameters with a 400 naming each", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const refused = async (query: string) => {
      const answer = await callChecked("GET", `/api/v1/figures${query}`, { token });
      expect(answer.status, query).toBe(400);
      return (answer.body as { errors: { field: string; code: string }[] }).errors.map(
        ({ field, code }) => `${field}:${code}`,
      );
    };
    expect(await refused("")).toEqual(["year:required"]);
    expect(await refused("?year=")).toEqual(["year:invalidParameter"]);
    expect(await refused("?year=16")).toEqual(["year:invalidParameter"]);
    expect(await refused("?year=1899")).toEqual(["year:invalidParameter"]);
    expect(await refused("?year=2100")).toEqual(["year:invalidParameter"]);
    expect(await refused("?year=2016&year=2017")).toEqual(["year:repeatedParameter"]);
    expect(await refused("?year=2016&sector=CULTURE")).toEqual(["sector:unknownParameter"]);
    expect(await refused("?year=2016&from=2015")).toEqual(["year:conflictingParameters"]);
    expect(await refused("?from=2015")).toEqual(["to:required"]);
    expect(await refused("?from=2017&to=2015")).toEqual(["to:invalidRange"]);
  });

  it("is for the roles that open the dashboard: partners are refused, anonymous callers asked to sign in", async () => {
    expect((await callChecked("GET", "/api/v1/figures?year=2016")).status).toBe(401);
    for (const role of ["ADMIN", "STAFF", "MANAGER"] as const) {
      expect(
        (await callChecked("GET", "/api/v1/figures?year=2016", { token: await tokenFor(await createActingUser(role)) }))
          .status,
        role,
      ).toBe(200);
    }
    const partner = await tokenFor(await createActingUser("PARTNER"));
    expect((await callChecked("GET", "/api/v1/figures?year=2016", { token: partner })).status).toBe(403);
    expect((await callChecked("GET", "/api/v1/figures?year=2016", { token: partner })).body).not.toHaveProperty("year");
  });
});

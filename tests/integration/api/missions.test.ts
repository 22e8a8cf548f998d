import { beforeEach, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/session-user";
import { createActingUser } from "../accounts/helpers";
import { createMissionReferences, type MissionReferences } from "../missions/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor } from "./client";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

/** A partner user of an existing organisation. */
async function partnerUserOf(partnerId: string): Promise<ActingUser> {
  const user = await createActingUser("PARTNER");
  await testDb.user.update({ where: { id: user.id }, data: { partnerId } });
  return { ...user, partnerId };
}

/** The St Petersburg mission of 2015 as an API client sends it: cents, arrays and rows. */
function petersburgBody() {
  return {
    title: "Saint-Pétersbourg — start-ups niçoises",
    startDate: "2015-10-05",
    endDate: "2015-10-09",
    destinationIds: [refs.petersburg.id],
    sectorIds: [refs.smartCities.id, refs.culture.id],
    objectiveIds: [refs.investment.id],
    budgetCents: 4_500_050,
    contactsCount: 40,
    partners: [
      { partnerId: refs.tca.id, role: "LEAD", contributionCents: 1_200_000, seeks: "Des investisseurs" },
      { partnerId: refs.bnm.id, role: "PARTICIPANT" },
    ],
    participants: [{ name: "Azur Sensors", kind: "STARTUP" }],
    agenda: [
      {
        day: "2015-10-06",
        time: "10:00",
        title: "Rencontres B2B",
        location: "Technopark",
        counterpart: "Анна Волкова",
      },
    ],
    practicalNotes: "Hôtel : perspective Nevski.",
  };
}

const missionAudit = async () =>
  (
    await testDb.auditEntry.findMany({
      where: { entityType: "Mission" },
      orderBy: { id: "asc" },
      select: { action: true },
    })
  ).map((entry) => entry.action);

describe("/api/v1/missions", () => {
  it("creates, reads, lists, updates at a version, changes status, archives and restores, each change audited", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const created = await callChecked("POST", "/api/v1/missions", { token, body: petersburgBody() });
    expect(created.status).toBe(201);
    const mission = created.body as { id: string };
    expect(created.headers.get("location")).toBe(`/api/v1/missions/${mission.id}`);
    expect(created.body).toMatchObject({
      status: "DRAFT",
      startDate: "2015-10-05",
      budgetCents: 4_500_050,
      contactsCount: 40,
      leadsCount: null,
      version: 1,
      archived: false,
      destinations: [{ id: refs.petersburg.id, city: "Saint-Pétersbourg", countryCode: "RU" }],
      partnerTotalCents: 1_200_000,
      participants: [{ name: "Azur Sensors", kind: "STARTUP", organisation: "" }],
      agenda: [
        {
          day: "2015-10-06",
          time: "10:00",
          title: "Rencontres B2B",
          location: "Technopark",
          counterpart: "Анна Волкова",
        },
      ],
      practicalNotes: "Hôtel : perspective Nevski.",
    });
    expect((created.body as { partners: unknown[] }).partners).toEqual(
      expect.arrayContaining([
        {
          id: refs.tca.id,
          shortName: "TCA",
          name: "Team Côte d'Azur",
          role: "LEAD",
          contributionCents: 1_200_000,
          seeks: "Des investisseurs",
        },
        expect.objectContaining({ id: refs.bnm.id, role: "PARTICIPANT", contributionCents: 0, seeks: "" }),
      ]),
    );

    const houston = {
      ...petersburgBody(),
      title: "Houston 2016",
      startDate: "2016-03-01",
      endDate: "2016-03-04",
      destinationIds: [refs.houston.id],
      partners: [],
      agenda: [],
    };
    expect((await callChecked("POST", "/api/v1/missions", { token, body: houston })).status).toBe(201);
    const filtered = await callChecked(
      "GET",
      `/api/v1/missions?partner=${refs.tca.id}&year=2015&sort=title&direction=asc&pageSize=10`,
      { token },
    );
    expect(filtered.body).toMatchObject({
      page: 1,
      pageSize: 10,
      total: 1,
      data: [{ id: mission.id, destinationCities: ["Saint-Pétersbourg"], partnerShortNames: ["BNM", "TCA"] }],
    });
    const secondPage = await callChecked("GET", "/api/v1/missions?sort=startDate&direction=desc&pageSize=10&page=2", {
      token,
    });
    expect(secondPage.body).toMatchObject({ page: 2, total: 2, data: [] });

    const renamed = await callChecked("PUT", `/api/v1/missions/${mission.id}`, {
      token,
      body: { ...petersburgBody(), title: "Saint-Pétersbourg 2015", version: 1 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get("etag")).toBe('"2"');
    // Omitted optional parts are emptied: a PUT replaces the mission.
    const replaced = await callChecked("PUT", `/api/v1/missions/${mission.id}`, {
      token,
      headers: { "If-Match": '"2"' },
      body: {
        title: "Saint-Pétersbourg 2015",
        startDate: "2015-10-05",
        endDate: "2015-10-09",
        destinationIds: [refs.petersburg.id],
      },
    });
    expect(replaced.body).toMatchObject({ version: 3, partners: [], agenda: [], budgetCents: null, sectors: [] });

    const stale = await callChecked("PUT", `/api/v1/missions/${mission.id}`, {
      token,
      body: { ...petersburgBody(), title: "Trop tard", version: 2 },
    });
    expect(stale.status).toBe(409);
    expect((stale.body as { conflict: { field: string }[] }).conflict.map((field) => field.field)).toContain("title");

    const submitted = await callChecked("POST", `/api/v1/missions/${mission.id}/status`, {
      token,
      body: { status: "SUBMITTED", version: 3 },
    });
    expect(submitted.body).toMatchObject({ status: "SUBMITTED", version: 4 });
    const cancelled = await callChecked("POST", `/api/v1/missions/${mission.id}/status`, {
      token,
      headers: { "If-Match": '"4"' },
      body: { status: "CANCELLED", cancellationReason: "Visas refusés" },
    });
    expect(cancelled.body).toMatchObject({ status: "CANCELLED", cancellationReason: "Visas refusés", version: 5 });

    expect(
      (await callChecked("DELETE", `/api/v1/missions/${mission.id}`, { token, headers: { "If-Match": '"5"' } })).body,
    ).toMatchObject({ archived: true, version: 6 });
    expect((await callChecked("GET", "/api/v1/missions?archived=true", { token })).body).toMatchObject({
      total: 1,
      data: [{ id: mission.id }],
    });
    expect(
      (await callChecked("POST", `/api/v1/missions/${mission.id}/restore`, { token, body: { version: 6 } })).body,
    ).toMatchObject({ archived: false, version: 7 });
    expect(await missionAudit()).toEqual([
      "mission.create",
      "mission.create",
      "mission.update",
      "mission.update",
      "mission.changeStatus",
      "mission.changeStatus",
      "mission.archive",
      "mission.restore",
    ]);
  });

  it("lets managers read only, partners read only their organisation's missions, and asks anonymous callers to authenticate", async () => {
    const staff = await tokenFor(await createActingUser("STAFF"));
    const withTca = (await callChecked("POST", "/api/v1/missions", { token: staff, body: petersburgBody() })).body as {
      id: string;
    };
    const withOtcn = (
      await callChecked("POST", "/api/v1/missions", {
        token: staff,
        body: { ...petersburgBody(), title: "Houston", partners: [{ partnerId: refs.otcn.id, role: "LEAD" }] },
      })
    ).body as { id: string };
    const admin = await tokenFor(await createActingUser("ADMIN"));
    expect(
      (
        await callChecked("POST", `/api/v1/missions/${withOtcn.id}/status`, {
          token: admin,
          body: { status: "SUBMITTED", version: 1 },
        })
      ).status,
    ).toBe(200);

    expect((await callChecked("GET", "/api/v1/missions")).status).toBe(401);
    expect((await callChecked("GET", `/api/v1/missions/${withTca.id}`)).status).toBe(401);
    expect((await callChecked("POST", "/api/v1/missions", { body: petersburgBody() })).status).toBe(401);

    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect((await callChecked("GET", "/api/v1/missions", { token: manager })).body).toMatchObject({ total: 2 });
    expect((await callChecked("GET", `/api/v1/missions/${withTca.id}`, { token: manager })).status).toBe(200);
    const tca = await tokenFor(await partnerUserOf(refs.tca.id));
    const otcn = await tokenFor(await partnerUserOf(refs.otcn.id));
    expect((await callChecked("GET", "/api/v1/missions", { token: tca })).body).toMatchObject({
      total: 1,
      data: [{ id: withTca.id }],
    });
    expect((await callChecked("GET", `/api/v1/missions/${withTca.id}`, { token: tca })).status).toBe(200);
    expect((await callChecked("GET", `/api/v1/missions/${withTca.id}`, { token: otcn })).status).toBe(404);
    expect((await callChecked("GET", `/api/v1/missions/${withOtcn.id}`, { token: tca })).status).toBe(404);

    for (const token of [manager, tca, otcn]) {
      expect((await callChecked("POST", "/api/v1/missions", { token, body: petersburgBody() })).status).toBe(403);
      expect(
        (
          await callChecked("PUT", `/api/v1/missions/${withTca.id}`, {
            token,
            body: { ...petersburgBody(), version: 1 },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await callChecked("POST", `/api/v1/missions/${withTca.id}/status`, {
            token,
            body: { status: "SUBMITTED", version: 1 },
          })
        ).status,
      ).toBe(403);
      expect(
        (await callChecked("DELETE", `/api/v1/missions/${withTca.id}`, { token, headers: { "If-Match": '"1"' } }))
          .status,
      ).toBe(403);
      expect(
        (await callChecked("POST", `/api/v1/missions/${withTca.id}/restore`, { token, body: { version: 1 } })).status,
      ).toBe(403);
    }
    expect(await testDb.mission.count()).toBe(2);
    expect(await missionAudit()).toEqual(["mission.create", "mission.create", "mission.changeStatus"]);
  });

  it("gives its approval steps and its travellers with what each lacks, to office users only", async () => {
    const staff = await createActingUser("STAFF");
    const token = await tokenFor(staff);
    const manager = await tokenFor(await createActingUser("MANAGER"));
    const { id } = (await callChecked("POST", "/api/v1/missions", { token, body: petersburgBody() })).body as {
      id: string;
    };
    await callChecked("POST", `/api/v1/missions/${id}/status`, { token, body: { status: "SUBMITTED", version: 1 } });
    const returned = await callChecked("POST", `/api/v1/missions/${id}/status`, {
      token: manager,
      body: { status: "DRAFT", comment: "Ajoutez le programme.", version: 2 },
    });
    expect(returned.status).toBe(200);
    const { createTraveller } = await import("@/lib/missions/travellers/mutations");
    const { travellerSchema } = await import("@/lib/missions/travellers/schemas");
    await createTraveller(staff, travellerSchema.parse({ kind: "STAFF", name: "Sophie Staff", missionId: id }));

    const mission = (await callChecked("GET", `/api/v1/missions/${id}`, { token: manager })).body as {
      statusHistory: { from: string; to: string; comment: string }[];
      travellers: {
        name: string;
        kind: string;
        orderNumber: string;
        orderSignedOn: string | null;
        missing: string[];
      }[];
    };
    expect(mission.statusHistory.map(({ from, to, comment }) => `${from}→${to} ${comment}`.trim())).toEqual([
      "SUBMITTED→DRAFT Ajoutez le programme.",
      "DRAFT→SUBMITTED",
    ]);
    expect(mission.travellers).toMatchObject([
      { name: "Sophie Staff", kind: "STAFF", orderNumber: "", orderSignedOn: null, missing: ["orderMissing"] },
    ]);
    const partner = await tokenFor(await partnerUserOf(refs.tca.id));
    expect((await callChecked("GET", `/api/v1/missions/${id}`, { token: partner })).body).toMatchObject({
      statusHistory: [],
      travellers: [],
    });
  });

  it("gives its cost lines to office users, and its follow-ups to each reader as its own", async () => {
    const staff = await createActingUser("STAFF");
    const token = await tokenFor(staff);
    const { id } = (await callChecked("POST", "/api/v1/missions", { token, body: petersburgBody() })).body as {
      id: string;
    };
    await testDb.mission.update({ where: { id }, data: { status: "COMPLETED" } });
    const { createCost } = await import("@/lib/missions/costs/mutations");
    const { costSchema } = await import("@/lib/missions/costs/schemas");
    await createCost(
      staff,
      costSchema.parse({ missionId: id, category: "LODGING", payerPartnerId: refs.tca.id, plannedCents: "1 200,50" }),
    );
    const { answerFollowUp } = await import("@/lib/missions/follow-ups/mutations");
    const { followUpSchema } = await import("@/lib/missions/follow-ups/schemas");
    const tcaUser = await partnerUserOf(refs.tca.id);
    await answerFollowUp(
      tcaUser,
      followUpSchema.parse({
        missionId: id,
        checkpoint: "SIX_MONTHS",
        respondent: refs.tca.id,
        verdict: "WORTH_IT",
        projectsLanded: "1",
        jobsAnnounced: "30",
        agreementsSigned: "0",
      }),
    );
    type Answer = {
      costs: { category: string; payerPartnerId: string | null; plannedCents: number | null; archived: boolean }[];
      followUps: { checkpoint: string; respondent: string; state: string; answer: { jobsAnnounced: number } | null }[];
    };
    const mission = (await callChecked("GET", `/api/v1/missions/${id}`, { token })).body as Answer;
    expect(mission.costs).toMatchObject([
      { category: "LODGING", payerPartnerId: refs.tca.id, plannedCents: 120_050, archived: false },
    ]);
    // The department and two partners, at three checkpoints; all long due (October 2015).
    expect(mission.followUps).toHaveLength(9);
    expect(mission.followUps.find((slot) => slot.answer)).toMatchObject({
      checkpoint: "SIX_MONTHS",
      respondent: refs.tca.id,
      state: "answered",
      answer: { jobsAnnounced: 30 },
    });
    const asPartner = (await callChecked("GET", `/api/v1/missions/${id}`, { token: await tokenFor(tcaUser) }))
      .body as Answer;
    expect(asPartner.costs).toEqual([]);
    expect(asPartner.followUps.map((slot) => slot.respondent)).toEqual([refs.tca.id, refs.tca.id, refs.tca.id]);
  });

  it("gives its daily allowances to office users and takes the days' choices at the mission's version", async () => {
    const staff = await createActingUser("STAFF");
    const token = await tokenFor(staff);
    await testDb.allowanceRate.create({
      data: { countryCode: "RU", dailyCents: 20_000, validFrom: new Date("2015-01-01"), source: "Demo value" },
    });
    // Lodged by the host on the night of 6 October.
    const hosted = { day: "2015-10-06", night: "HOST", lunch: "DUE", dinner: "DUE" };
    const created = (
      await callChecked("POST", "/api/v1/missions", { token, body: { ...petersburgBody(), allowanceDays: [hosted] } })
    ).body as { id: string; version: number };
    const { createTraveller } = await import("@/lib/missions/travellers/mutations");
    const { travellerSchema } = await import("@/lib/missions/travellers/schemas");
    await createTraveller(
      staff,
      travellerSchema.parse({ missionId: created.id, kind: "ELECTED", name: "Christian Estrosi" }),
    );
    type Allowances = {
      days: { day: string; countryCode: string; night: string; dailyRateCents: number | null; cents: number }[];
      nights: number;
      meals: number;
      travellers: number;
      perTravellerCents: number;
      totalCents: number;
      missingRates: unknown[];
    };
    type Answer = { version: number; allowances: Allowances | null };
    const read = async (as = token) =>
      (await callChecked("GET", `/api/v1/missions/${created.id}`, { token: as })).body as Answer;
    const first = await read();
    expect(first.allowances?.days).toHaveLength(5);
    expect(first.allowances?.days[1]).toMatchObject({
      day: "2015-10-06",
      countryCode: "RU",
      night: "HOST",
      dailyRateCents: 20_000,
    });
    expect(first.allowances).toMatchObject({ nights: 3, travellers: 1, missingRates: [] });
    // 65 % of the rate a night, 17.5 % a meal.
    const { nights, meals } = first.allowances!;
    expect(first.allowances?.perTravellerCents).toBe(nights * 13_000 + meals * 3_500);
    expect(first.allowances?.totalCents).toBe(first.allowances?.perTravellerCents);

    // The host lodges them on the 7th too: the days' choices are replaced at the mission's version.
    const both = [hosted, { ...hosted, day: "2015-10-07" }];
    const updated = await callChecked("PUT", `/api/v1/missions/${created.id}`, {
      token,
      body: { ...petersburgBody(), allowanceDays: both },
      headers: { "If-Match": `"${first.version}"` },
    });
    expect(updated.status).toBe(200);
    const second = await read();
    expect(second.allowances?.nights).toBe(2);
    expect(second.version).toBeGreaterThan(first.version);
    expect(await testDb.auditEntry.count({ where: { action: "mission.allowanceDays", entityId: created.id } })).toBe(2);
    // A client still holding the first version meets a conflict, and nothing changes.
    const stale = await callChecked("PUT", `/api/v1/missions/${created.id}`, {
      token,
      body: { ...petersburgBody(), allowanceDays: [] },
      headers: { "If-Match": `"${first.version}"` },
    });
    expect(stale.status).toBe(409);
    expect((await read()).allowances?.nights).toBe(2);
    // Omitted: the choices stay.
    await callChecked("PUT", `/api/v1/missions/${created.id}`, {
      token,
      body: { ...petersburgBody(), title: "Saint-Pétersbourg — start-ups" },
      headers: { "If-Match": `"${second.version}"` },
    });
    expect((await read()).allowances?.nights).toBe(2);

    const wrong = await callChecked("PUT", `/api/v1/missions/${created.id}`, {
      token,
      body: { ...petersburgBody(), allowanceDays: [{ ...hosted, night: "MAYBE" }] },
      headers: { "If-Match": `"${second.version + 1}"` },
    });
    expect(wrong.status).toBe(422);
    expect((wrong.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      "allowanceDays.0.night",
    ]);
    // Partner users do not see a mission's budget.
    expect((await read(await tokenFor(await partnerUserOf(refs.tca.id)))).allowances).toBeNull();
  });

  it("refuses bad input with the field named as the body names it, and writes nothing", async () => {
    const token = await tokenFor(await createActingUser("STAFF"));
    const fieldsOf = (answer: { body: unknown }) =>
      (answer.body as { errors: { field: string; code: string }[] }).errors.map(
        ({ field, code }) => `${field}:${code}`,
      );

    const unknown = await callChecked("POST", "/api/v1/missions", {
      token,
      body: { ...petersburgBody(), colour: "blue" },
    });
    expect(unknown.status).toBe(422);
    expect(fieldsOf(unknown)).toEqual(["colour:unknownField"]);
    const wrongType = await callChecked("POST", "/api/v1/missions", {
      token,
      body: { ...petersburgBody(), budgetCents: "45 000 €", destinationIds: refs.houston.id },
    });
    expect(fieldsOf(wrongType)).toEqual(["destinationIds:invalid", "budgetCents:invalid"]);
    const nestedUnknown = await callChecked("POST", "/api/v1/missions", {
      token,
      body: { ...petersburgBody(), partners: [{ partnerId: refs.tca.id, role: "LEAD", share: 1 }] },
    });
    expect(fieldsOf(nestedUnknown)).toEqual(["partners.0.share:unknownField"]);

    // The form's own rules, reported on the body's field names (cents, not the form's euros).
    const rules = await callChecked("POST", "/api/v1/missions", {
      token,
      body: {
        ...petersburgBody(),
        endDate: "2015-10-01",
        budgetCents: -5,
        destinationIds: [],
        partners: [
          { partnerId: refs.tca.id, role: "LEAD", contributionCents: 3_000_000_000 },
          { partnerId: refs.tca.id, role: "PARTICIPANT" },
        ],
      },
    });
    expect(rules.status).toBe(422);
    expect(fieldsOf(rules)).toEqual(
      expect.arrayContaining([
        "endDate:endBeforeStart",
        "destinationIds:destinationRequired",
        "budgetCents:notNegative",
        "partners.0.contributionCents:invalidAmount",
        "partners.1.partnerId:duplicatePartner",
      ]),
    );
    expect((rules.body as { errors: { message: string }[] }).errors.every((error) => error.message.length > 0)).toBe(
      true,
    );

    const archivedCity = await testDb.destination.create({
      data: { city: "Atlantis", countryCode: "GR", archivedAt: new Date() },
    });
    const references = await callChecked("POST", "/api/v1/missions", {
      token,
      body: {
        ...petersburgBody(),
        destinationIds: [archivedCity.id],
        partners: [{ partnerId: "no-such-partner", role: "LEAD" }],
      },
    });
    expect(references.status).toBe(422);
    expect(fieldsOf(references)).toEqual(["destinationIds:unknownReference", "partners:unknownReference"]);

    const badStatus = await callChecked("POST", "/api/v1/missions", { token, body: petersburgBody() });
    const id = (badStatus.body as { id: string }).id;
    const noReason = await callChecked("POST", `/api/v1/missions/${id}/status`, {
      token,
      body: { status: "CANCELLED", version: 1 },
    });
    expect(fieldsOf(noReason)).toEqual(["comment:commentRequired"]);
    expect(
      (await callChecked("POST", `/api/v1/missions/${id}/status`, { token, body: { status: "COMPLETED", version: 1 } }))
        .status,
    ).toBe(422);
    expect(
      (
        await callChecked("PUT", `/api/v1/missions/${id}`, {
          token,
          body: { ...petersburgBody(), endDate: "2015-10-01", version: 1 },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await callChecked("PUT", "/api/v1/missions/no-such-mission", {
          token,
          body: { ...petersburgBody(), version: 1 },
        })
      ).status,
    ).toBe(404);

    expect(await testDb.mission.count()).toBe(1);
    expect(await testDb.mission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      version: 1,
      endDate: new Date("2015-10-09T00:00:00Z"),
    });
    expect(await missionAudit()).toEqual(["mission.create"]);
  });
});

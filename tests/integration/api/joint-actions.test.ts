import { describe, expect, it } from "vitest";
import { buildMission } from "@/prisma/demo/record-builders";
import { buildJointAction } from "@/tests/factories/joint-actions";
import { buildDestination, buildObjective } from "@/tests/factories/reference";
import { createActingUser } from "../accounts/helpers";
import { closeYearInDb, createTwoPartners } from "../joint-actions/helpers";
import { testDb } from "../setup/database";
import { callApi, callChecked, tokenFor, type ApiAnswer } from "./client";

function actionBody(overrides: Record<string, unknown> = {}) {
  return {
    date: "2017-05-12",
    kind: "INVESTOR_MEETING",
    title: "Rencontre investisseurs à Tel Aviv",
    contactsCount: 6,
    investorLeadsCount: 2,
    ...overrides,
  };
}

const fieldsOf = (answer: ApiAnswer) =>
  (answer.body as { errors: { field: string; code: string }[] }).errors.map(({ field, code }) => `${field}:${code}`);

const actionAudit = async () =>
  await testDb.auditEntry.findMany({
    where: { entityType: "JointAction" },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true },
  });

/** Two organisations with a user each, staff, a manager and their tokens. */
async function callers() {
  const people = await createTwoPartners();
  const [tca, otcn, staff, manager] = await Promise.all(
    [people.tca, people.otcn, people.staff, people.manager].map(tokenFor),
  );
  return { people, tokens: { tca: tca!, otcn: otcn!, staff: staff!, manager: manager! } };
}

describe("/api/v1/joint-actions", () => {
  it("lets a partner user log, update, archive and restore their organisation's actions, each change audited", async () => {
    const { people, tokens } = await callers();
    const mission = await testDb.mission.create({
      data: {
        ...buildMission({ title: "Tel Aviv 2017" }),
        partners: { create: { partnerId: people.tca.partnerId, role: "LEAD" } },
      },
    });
    const telAviv = await testDb.destination.create({
      data: buildDestination({ city: "Tel Aviv", countryCode: "IL" }),
    });
    const investment = await testDb.objective.create({
      data: buildObjective({ nameFr: "Attirer des investisseurs", nameEn: "Attract investors" }),
    });

    // Whatever organisation a partner user names, the action is their own.
    const created = await callChecked("POST", "/api/v1/joint-actions", {
      token: tokens.tca,
      body: actionBody({
        partnerId: people.otcn.partnerId,
        missionId: mission.id,
        destinationId: telAviv.id,
        objectiveId: investment.id,
      }),
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({
      date: "2017-05-12",
      kind: "INVESTOR_MEETING",
      contactsCount: 6,
      investorLeadsCount: 2,
      description: "",
      version: 1,
      archived: false,
      partner: { id: people.tca.partnerId },
      mission: { id: mission.id, title: "Tel Aviv 2017" },
      delegation: null,
      event: null,
      destination: { id: telAviv.id, city: "Tel Aviv", countryCode: "IL" },
      objective: { id: investment.id, name: "Attirer des investisseurs" },
    });
    await testDb.jointAction.create({ data: buildJointAction(people.otcn.partnerId, { title: "Action de l'OTCN" }) });

    const own = await callChecked(
      "GET",
      "/api/v1/joint-actions?year=2017&kind=INVESTOR_MEETING&sort=title&pageSize=10",
      { token: tokens.tca },
    );
    expect(own.body).toMatchObject({ total: 1, pageSize: 10, data: [{ id, partner: { id: people.tca.partnerId } }] });
    expect(
      (await callChecked("GET", `/api/v1/joint-actions?destination=${telAviv.id}`, { token: tokens.staff })).body,
    ).toMatchObject({ total: 1, data: [{ id }] });
    expect(
      (await callChecked("GET", "/api/v1/joint-actions?sort=date&direction=asc", { token: tokens.staff })).body,
    ).toMatchObject({ total: 2 });

    const updated = await callChecked("PUT", `/api/v1/joint-actions/${id}`, {
      token: tokens.tca,
      body: actionBody({ investorLeadsCount: 3, version: 1 }),
    });
    expect(updated.body).toMatchObject({ investorLeadsCount: 3, mission: null, destination: null, version: 2 });
    const viaEtag = await callChecked("PUT", `/api/v1/joint-actions/${id}`, {
      token: tokens.tca,
      headers: { "If-Match": '"2"' },
      body: actionBody({ outcome: "Deux pistes sérieuses" }),
    });
    expect(viaEtag.body).toMatchObject({ outcome: "Deux pistes sérieuses", investorLeadsCount: 2, version: 3 });
    const stale = await callChecked("PUT", `/api/v1/joint-actions/${id}`, {
      token: tokens.tca,
      body: actionBody({ version: 2 }),
    });
    expect(stale.status).toBe(409);
    expect((stale.body as { conflict: unknown[] }).conflict).toEqual([
      { field: "outcome", current: "Deux pistes sérieuses" },
    ]);

    expect(
      (
        await callChecked("DELETE", `/api/v1/joint-actions/${id}`, {
          token: tokens.tca,
          headers: { "If-Match": '"3"' },
        })
      ).body,
    ).toMatchObject({ archived: true, version: 4 });
    expect(
      (await callChecked("POST", `/api/v1/joint-actions/${id}/restore`, { token: tokens.tca, body: { version: 4 } }))
        .body,
    ).toMatchObject({ archived: false, version: 5 });
    // Joint actions have no status: the status route does not exist for them (nor in the document).
    expect(
      (
        await callApi("POST", `/api/v1/joint-actions/${id}/status`, {
          token: tokens.tca,
          body: { status: "HELD", version: 5 },
        })
      ).status,
    ).toBe(404);

    const audit = await actionAudit();
    expect(audit.map((entry) => entry.action)).toEqual([
      "jointAction.create",
      "jointAction.update",
      "jointAction.update",
      "jointAction.archive",
      "jointAction.restore",
    ]);
    expect(audit.every((entry) => entry.actorId === people.tca.id)).toBe(true);
  });

  it("keeps each organisation to its own actions, lets staff write for any and managers only read", async () => {
    const { people, tokens } = await callers();
    const ofTca = await testDb.jointAction.create({ data: buildJointAction(people.tca.partnerId) });

    expect((await callChecked("GET", "/api/v1/joint-actions")).status).toBe(401);
    expect((await callChecked("POST", "/api/v1/joint-actions", { body: actionBody() })).status).toBe(401);

    expect((await callChecked("GET", `/api/v1/joint-actions/${ofTca.id}`, { token: tokens.tca })).status).toBe(200);
    expect((await callChecked("GET", `/api/v1/joint-actions/${ofTca.id}`, { token: tokens.otcn })).status).toBe(404);
    expect((await callChecked("GET", "/api/v1/joint-actions", { token: tokens.otcn })).body).toMatchObject({
      total: 0,
      data: [],
    });
    // Another organisation's action is "not found" to a partner, for writes too.
    expect(
      (
        await callChecked("PUT", `/api/v1/joint-actions/${ofTca.id}`, {
          token: tokens.otcn,
          body: actionBody({ version: 1 }),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callChecked("DELETE", `/api/v1/joint-actions/${ofTca.id}`, {
          token: tokens.otcn,
          headers: { "If-Match": '"1"' },
        })
      ).status,
    ).toBe(404);

    expect((await callChecked("GET", "/api/v1/joint-actions", { token: tokens.manager })).body).toMatchObject({
      total: 1,
    });
    expect((await callChecked("GET", `/api/v1/joint-actions/${ofTca.id}`, { token: tokens.manager })).status).toBe(200);
    expect(
      (
        await callChecked("POST", "/api/v1/joint-actions", {
          token: tokens.manager,
          body: actionBody({ partnerId: people.tca.partnerId }),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callChecked("PUT", `/api/v1/joint-actions/${ofTca.id}`, {
          token: tokens.manager,
          body: actionBody({ partnerId: people.tca.partnerId, version: 1 }),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callChecked("DELETE", `/api/v1/joint-actions/${ofTca.id}`, {
          token: tokens.manager,
          headers: { "If-Match": '"1"' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callChecked("POST", `/api/v1/joint-actions/${ofTca.id}/restore`, {
          token: tokens.manager,
          body: { version: 1 },
        })
      ).status,
    ).toBe(403);

    // Staff name the organisation; one is required from them.
    const forOtcn = await callChecked("POST", "/api/v1/joint-actions", {
      token: tokens.staff,
      body: actionBody({ partnerId: people.otcn.partnerId }),
    });
    expect(forOtcn.body).toMatchObject({ partner: { id: people.otcn.partnerId } });
    expect(
      fieldsOf(await callChecked("POST", "/api/v1/joint-actions", { token: tokens.staff, body: actionBody() })),
    ).toEqual(["partnerId:partnerRequired"]);
    const admin = await tokenFor(await createActingUser("ADMIN"));
    expect(
      (
        await callChecked("PUT", `/api/v1/joint-actions/${ofTca.id}`, {
          token: admin,
          body: actionBody({ partnerId: people.tca.partnerId, version: 1 }),
        })
      ).status,
    ).toBe(200);

    expect(await testDb.jointAction.count()).toBe(2);
    expect((await actionAudit()).map((entry) => entry.action)).toEqual(["jointAction.create", "jointAction.update"]);
  });

  it("refuses bad input, naming the body's fields, and writes nothing", async () => {
    const { people, tokens } = await callers();
    const token = tokens.tca;
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/joint-actions", { token, body: actionBody({ confirmSimilar: "1" }) }),
      ),
    ).toEqual(["confirmSimilar:unknownField"]);
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/joint-actions", {
          token,
          body: actionBody({ kind: "PICNIC", contactsCount: "6", date: "12/05/2017" }),
        }),
      ),
    ).toEqual(["date:invalidDate", "kind:invalidChoice", "contactsCount:invalid"]);
    expect(
      fieldsOf(
        await callChecked("POST", "/api/v1/joint-actions", {
          token,
          body: actionBody({ date: "2098-01-01", contactsCount: -1, investorLeadsCount: 100_001, title: "" }),
        }),
      ),
    ).toEqual([
      "date:dateTooLate",
      "title:required",
      "contactsCount:countOutOfRange",
      "investorLeadsCount:countOutOfRange",
    ]);

    const otherMission = await testDb.mission.create({
      data: { ...buildMission(), partners: { create: { partnerId: people.otcn.partnerId, role: "LEAD" } } },
    });
    const references = await callChecked("POST", "/api/v1/joint-actions", {
      token,
      body: actionBody({ missionId: otherMission.id, objectiveId: "nope" }),
    });
    expect(references.status).toBe(422);
    expect(fieldsOf(references)).toEqual(["missionId:unknownReference", "objectiveId:unknownReference"]);

    await closeYearInDb(2015);
    const closed = await callChecked("POST", "/api/v1/joint-actions", {
      token,
      body: actionBody({ date: "2015-06-01" }),
    });
    expect(closed.status).toBe(409);
    expect(fieldsOf(closed)).toEqual(["date:yearAlreadyClosed"]);

    expect(await testDb.jointAction.count()).toBe(0);
    expect(await actionAudit()).toEqual([]);
  });
});

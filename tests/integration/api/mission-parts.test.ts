import { beforeEach, describe, expect, it } from "vitest";
import { createMission } from "@/lib/missions/mutations";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { createMissionReferences, type MissionReferences } from "../missions/helpers";
import { testDb } from "../setup/database";
import { callChecked, tokenFor } from "./client";

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
});

/** A mission to Houston with TCA as its lead partner, as staff create it. */
async function houstonMission() {
  const staff = await createActingUser("STAFF");
  const { id } = await createMission(
    staff,
    buildMissionInput([refs.houston.id], {
      startDate: "2017-03-06",
      endDate: "2017-03-09",
      partners: [{ partnerId: refs.tca.id, role: "LEAD", contributionCents: 0 }],
    }),
  );
  return { staff, id, token: await tokenFor(staff) };
}

const fieldsOf = (answer: { body: unknown }) =>
  (answer.body as { errors: { field: string; code: string }[] }).errors.map(({ field, code }) => `${field}:${code}`);

describe("/api/v1/mission-travellers", () => {
  it("adds, lists, replaces at a version, removes and puts back a mission's travellers, each change audited", async () => {
    const { id: missionId, token } = await houstonMission();
    const created = await callChecked("POST", "/api/v1/mission-travellers", {
      token,
      body: {
        missionId,
        kind: "ELECTED",
        name: "Hélène Dupont",
        role: "Vice-présidente",
        deliberationNumber: "DEL-2017-12",
        deliberationDate: "2017-02-20",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      missionId,
      kind: "ELECTED",
      name: "Hélène Dupont",
      deliberationNumber: "DEL-2017-12",
      deliberationDate: "2017-02-20",
      orderNumber: "",
      version: 1,
      archived: false,
    });
    const travellerId = (created.body as { id: string }).id;
    expect(created.headers.get("location")).toBe(`/api/v1/mission-travellers/${travellerId}`);

    const listed = await callChecked("GET", `/api/v1/mission-travellers?missionId=${missionId}&direction=asc`, {
      token,
    });
    expect(listed.body).toMatchObject({ total: 1, data: [{ id: travellerId, missionId, name: "Hélène Dupont" }] });
    const otherMission = (await houstonMission()).id;
    expect(
      (await callChecked("GET", `/api/v1/mission-travellers?missionId=${otherMission}`, { token })).body,
    ).toMatchObject({ total: 0, data: [] });

    const replaced = await callChecked("PUT", `/api/v1/mission-travellers/${travellerId}`, {
      token,
      body: {
        missionId,
        kind: "STAFF",
        name: "Hélène Dupont",
        orderNumber: "OM-2017-3",
        orderSignatory: "Directeur général des services",
        orderSignedOn: "2017-02-27",
        orderValidUntil: "2017-03-10",
        version: 1,
      },
    });
    expect(replaced.body).toMatchObject({ kind: "STAFF", orderNumber: "OM-2017-3", role: "", version: 2 });

    const stale = await callChecked("PUT", `/api/v1/mission-travellers/${travellerId}`, {
      token,
      body: { missionId, kind: "STAFF", name: "Trop tard", version: 1 },
    });
    expect(stale.status).toBe(409);
    // A traveller stays with its mission: another mission's id names no such traveller.
    const moved = await callChecked("PUT", `/api/v1/mission-travellers/${travellerId}`, {
      token,
      body: { missionId: otherMission, kind: "STAFF", name: "Ailleurs", version: 2 },
    });
    expect(moved.status).toBe(404);

    const removed = await callChecked("DELETE", `/api/v1/mission-travellers/${travellerId}`, {
      token,
      headers: { "If-Match": '"2"' },
    });
    expect(removed.body).toMatchObject({ archived: true, version: 3 });
    const back = await callChecked("POST", `/api/v1/mission-travellers/${travellerId}/restore`, {
      token,
      body: { version: 3 },
    });
    expect(back.body).toMatchObject({ archived: false, version: 4 });
    const audit = await testDb.auditEntry.findMany({
      where: { entityId: travellerId },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "missionTraveller.create",
      "missionTraveller.update",
      "missionTraveller.archive",
      "missionTraveller.restore",
    ]);
  });

  it("refuses bad input naming the body's fields, and writes nothing", async () => {
    const { id: missionId, token } = await houstonMission();
    const before = await testDb.missionTraveller.count();
    const unknownKind = await callChecked("POST", "/api/v1/mission-travellers", {
      token,
      body: { missionId, kind: "PILOT", name: "" },
    });
    expect(unknownKind.status).toBe(422);
    expect(fieldsOf(unknownKind)).toEqual(["kind:invalidChoice"]);
    const noName = await callChecked("POST", "/api/v1/mission-travellers", {
      token,
      body: { missionId, kind: "STAFF", name: " " },
    });
    expect(fieldsOf(noName)).toEqual(["name:required"]);
    const backwards = await callChecked("POST", "/api/v1/mission-travellers", {
      token,
      body: { missionId, kind: "STAFF", name: "X", orderSignedOn: "2017-03-01", orderValidUntil: "2017-02-01" },
    });
    expect(fieldsOf(backwards)).toEqual(["orderValidUntil:orderEndsBeforeSigned"]);
    const noMission = await callChecked("POST", "/api/v1/mission-travellers", {
      token,
      body: { missionId: "c0000000000000000000000000", kind: "STAFF", name: "X" },
    });
    expect(noMission.status).toBe(422);
    expect(fieldsOf(noMission)).toEqual(["missionId:unknownReference"]);
    expect(await testDb.missionTraveller.count()).toBe(before);
  });

  it("are the department's own: a partner user gets 403, a manager reads but cannot write", async () => {
    const { id: missionId } = await houstonMission();
    const partnerToken = await tokenFor(await createActingUser("PARTNER"));
    expect((await callChecked("GET", "/api/v1/mission-travellers", { token: partnerToken })).status).toBe(403);
    const manager = await tokenFor(await createActingUser("MANAGER"));
    expect(
      (await callChecked("GET", `/api/v1/mission-travellers?missionId=${missionId}`, { token: manager })).status,
    ).toBe(200);
    expect(
      (
        await callChecked("POST", "/api/v1/mission-travellers", {
          token: manager,
          body: { missionId, kind: "STAFF", name: "X" },
        })
      ).status,
    ).toBe(403);
  });
});

describe("/api/v1/mission-costs", () => {
  it("records a cost line paid by a partner of the mission, refuses one of another organisation", async () => {
    const { id: missionId, token } = await houstonMission();
    const created = await callChecked("POST", "/api/v1/mission-costs", {
      token,
      body: {
        missionId,
        category: "TRANSPORT",
        description: "Nice – Houston",
        payerPartnerId: refs.tca.id,
        plannedCents: 250_050,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      missionId,
      category: "TRANSPORT",
      payerPartnerId: refs.tca.id,
      plannedCents: 250_050,
      actualCents: null,
    });
    const notPartner = await callChecked("POST", "/api/v1/mission-costs", {
      token,
      body: { missionId, category: "LODGING", payerPartnerId: refs.otcn.id, plannedCents: 100 },
    });
    expect(notPartner.status).toBe(422);
    expect(fieldsOf(notPartner)).toEqual(["payerPartnerId:payerNotPartner"]);
    const negative = await callChecked("POST", "/api/v1/mission-costs", {
      token,
      body: { missionId, category: "LODGING", plannedCents: -5 },
    });
    expect(fieldsOf(negative)).toEqual(["plannedCents:notNegative"]);
    expect(await testDb.missionCost.count()).toBe(1);
    // The mission's own answer adds it up.
    const mission = await callChecked("GET", `/api/v1/missions/${missionId}`, { token });
    expect(mission.body).toMatchObject({ costs: [expect.objectContaining({ plannedCents: 250_050 })] });
  });
});

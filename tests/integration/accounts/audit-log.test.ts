import { describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit-log/queries";
import { parseListParams } from "@/lib/list-params";
import { auditListSchema } from "@/lib/users/list-params";
import { testDb } from "../setup/database";
import { createActingUser } from "./helpers";
import { createJointAction, updateJointAction } from "@/lib/joint-actions/mutations";
import { buildMission } from "@/prisma/demo/record-builders";
import { jointActionInput } from "@/tests/factories/joint-actions";
import { buildPartner } from "@/tests/factories/partners";

const params = (query: Record<string, string>) => parseListParams(auditListSchema, query);

describe("browsing the audit log", () => {
  it("filters by user, record type and Paris calendar days, newest first", async () => {
    const admin = await createActingUser("ADMIN");
    const staff = await createActingUser("STAFF");
    await testDb.auditEntry.createMany({
      data: [
        {
          actorId: staff.id,
          actorEmail: staff.email,
          action: "user.setLocale",
          entityType: "User",
          createdAt: new Date("2016-12-31T22:30:00Z"),
        },
        {
          actorId: admin.id,
          actorEmail: admin.email,
          action: "user.create",
          entityType: "User",
          entityId: staff.id,
          createdAt: new Date("2016-12-31T23:30:00Z"),
        },
        {
          actorId: admin.id,
          actorEmail: admin.email,
          action: "partner.update",
          entityType: "Partner",
          createdAt: new Date("2016-12-30T10:00:00Z"),
        },
      ],
    });

    const all = await listAuditEntries(admin, params({}));
    expect(all.rows.map((row) => row.action)).toEqual(["user.create", "user.setLocale", "partner.update"]);
    expect(all.rows[0]).toMatchObject({ actorName: admin.name, entityLabel: staff.name });
    expect((await listAuditEntries(admin, params({ actorId: staff.id }))).rows.map((row) => row.action)).toEqual([
      "user.setLocale",
    ]);
    expect((await listAuditEntries(admin, params({ entityType: "Partner" }))).total).toBe(1);
    // 22:30 UTC on 31 December is 23:30 in Paris: still 2016-12-31; 23:30 UTC is already 1 January.
    const newYearsEve = await listAuditEntries(admin, params({ from: "2016-12-31", to: "2016-12-31" }));
    expect(newYearsEve.rows.map((row) => row.action)).toEqual(["user.setLocale"]);
  });

  it("is for administrators only", async () => {
    for (const role of ["STAFF", "MANAGER", "PARTNER"] as const) {
      await expect(listAuditEntries(await createActingUser(role), params({}))).rejects.toMatchObject({
        code: "forbidden",
      });
    }
  });
});

/** Change lines with the no-break spaces of French numbers as plain spaces, to compare with typed text. */
const plain = (lines: { field: string; before: string; after: string }[] | undefined) =>
  (lines ?? []).map((line) => ({
    ...line,
    before: line.before.replace(/[\u00a0\u202f]/g, " "),
    after: line.after.replace(/[\u00a0\u202f]/g, " "),
  }));

describe("reading the audit log as a manager would", () => {
  it("names fields as the forms do and shows values as the forms show them, never ids", async () => {
    const admin = await createActingUser("ADMIN");
    const staff = await createActingUser("STAFF");
    const otcn = await testDb.partner.create({ data: buildPartner({ name: "Office du Tourisme de Nice" }) });
    const xiamen = await testDb.mission.create({ data: buildMission({ title: "Mission Xiamen" }) });
    const { id } = await createJointAction(
      staff,
      jointActionInput({ partnerId: otcn.id, kind: "INVESTOR_MEETING", title: "Salon", contactsCount: 1200 }),
    );
    await updateJointAction(staff, {
      ...jointActionInput({ partnerId: otcn.id, kind: "PRESS", title: "Salon", contactsCount: 1200 }),
      id,
      version: 1,
      missionId: xiamen.id,
      date: "2017-06-01",
    });
    await testDb.auditEntry.create({
      data: {
        actorId: staff.id,
        action: "mission.update",
        entityType: "Mission",
        entityId: xiamen.id,
        changes: { budgetCents: { before: 1800000, after: 1950000 }, status: { before: "DRAFT", after: "COMPLETED" } },
      },
    });

    const { rows } = await listAuditEntries({ ...admin, locale: "fr" }, params({}));
    const update = rows.find((row) => row.action === "jointAction.update")!;
    expect(plain(update.changeLines)).toEqual(
      expect.arrayContaining([
        { field: "Type", before: "Rencontre investisseur", after: "Presse" },
        { field: "Mission", before: "—", after: "Mission Xiamen" },
        { field: "Date", before: "12 mai 2017", after: "1 juin 2017" },
      ]),
    );
    const mission = rows.find((row) => row.action === "mission.update")!;
    // The database keeps a change's keys in its own order (jsonb).
    expect(mission.changeLines).toHaveLength(2);
    expect(plain(mission.changeLines)).toEqual(
      expect.arrayContaining([
        { field: "Budget", before: "18 000,00 €", after: "19 500,00 €" },
        { field: "Statut", before: "Brouillon", after: "Réalisée" },
      ]),
    );
    const created = rows.find((row) => row.action === "jointAction.create")!;
    expect(created.changeLines).toContainEqual({
      field: "Organisation",
      before: "—",
      after: "Office du Tourisme de Nice",
    });
    expect(plain(created.changeLines)).toContainEqual({ field: "Nombre de contacts", before: "—", after: "1 200" });

    const english = await listAuditEntries({ ...admin, locale: "en" }, params({ entityType: "Mission" }));
    expect(plain(english.rows[0]?.changeLines)).toEqual(
      expect.arrayContaining([
        { field: "Budget", before: "€18,000.00", after: "€19,500.00" },
        { field: "Status", before: "Draft", after: "Completed" },
      ]),
    );
  });
});

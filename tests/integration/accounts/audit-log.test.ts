import { describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit-log/queries";
import { parseListParams } from "@/lib/list-params";
import { auditListSchema } from "@/lib/users/list-params";
import { testDb } from "../setup/database";
import { createActingUser } from "./helpers";

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

import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/action-result";
import { createAccessToken, findTokenUser } from "@/lib/api/tokens";
import { findSessionUser } from "@/lib/auth/sessions";
import { changeOwnPassword, endOwnOtherSessions } from "@/lib/users/account";
import {
  changeUserRole,
  createUser,
  endUserSessionsEverywhere,
  resetUserPassword,
  setUserActive,
} from "@/lib/users/mutations";
import { testDb } from "../setup/database";
import { auditActions, createActingUser, signedIn } from "./helpers";

const rejection = (code: DomainError["code"]) => expect.objectContaining({ name: "DomainError", code });

describe("user administration", () => {
  it("creates a user with a temporary password to change at first sign-in, audited", async () => {
    const admin = await createActingUser("ADMIN");
    const created = await createUser(admin, {
      email: "new@example.test",
      name: "New Officer",
      role: "STAFF",
      partnerId: null,
    });
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ email: "new@example.test", role: "STAFF", mustChangePassword: true });
    expect(await verify(stored.passwordHash, created.temporaryPassword)).toBe(true);
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "user.create" } });
    expect(entry).toMatchObject({ actorId: admin.id, entityType: "User", entityId: created.id });
    expect(entry.changes).toMatchObject({
      role: { before: null, after: "STAFF" },
      email: { before: null, after: "new@example.test" },
    });
    expect(JSON.stringify(entry.changes)).not.toContain(created.temporaryPassword);
  });

  it("refuses anyone but an admin, changing nothing", async () => {
    for (const role of ["STAFF", "MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(
        createUser(actor, { email: `${role}@example.test`, name: "X", role: "ADMIN", partnerId: null }),
      ).rejects.toEqual(rejection("forbidden"));
    }
    expect(await testDb.user.count({ where: { email: { endsWith: "@example.test", startsWith: "ADMIN" } } })).toBe(0);
    expect(await auditActions()).toEqual([]);
  });

  it("requires an existing organisation for partners and none for others", async () => {
    const admin = await createActingUser("ADMIN");
    await expect(
      createUser(admin, { email: "p@example.test", name: "P", role: "PARTNER", partnerId: null }),
    ).rejects.toEqual(rejection("partnerRequired"));
    await expect(
      createUser(admin, { email: "p@example.test", name: "P", role: "PARTNER", partnerId: "nope" }),
    ).rejects.toEqual(rejection("unknownPartner"));
    const partner = await testDb.partner.create({ data: { name: "OTCN", shortName: "OTCN", kind: "TOURISM_OFFICE" } });
    await expect(
      createUser(admin, { email: "s@example.test", name: "S", role: "STAFF", partnerId: partner.id }),
    ).rejects.toEqual(rejection("partnerNotAllowed"));
    await expect(
      createUser(admin, { email: admin.email, name: "Dup", role: "STAFF", partnerId: null }),
    ).rejects.toEqual(rejection("emailTaken"));
    expect(await testDb.user.count()).toBe(1);
  });

  it("changes a role, ending the user's sessions, and refuses a stale version (someone else saved first)", async () => {
    const admin = await createActingUser("ADMIN");
    const officer = await signedIn(await createActingUser("STAFF"));
    expect(await changeUserRole(admin, { userId: officer.id, role: "MANAGER", partnerId: null, version: 1 })).toEqual({
      endedSessions: 1,
    });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: officer.id } })).role).toBe("MANAGER");
    expect(await findSessionUser(officer.id, officer.sessionId)).toBeNull();
    await expect(
      changeUserRole(admin, { userId: officer.id, role: "ADMIN", partnerId: null, version: 1 }),
    ).rejects.toEqual(rejection("conflict"));
    expect((await testDb.user.findUniqueOrThrow({ where: { id: officer.id } })).role).toBe("MANAGER");
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "user.changeRole" } });
    expect(entry.changes).toEqual({ role: { before: "STAFF", after: "MANAGER" } });
  });

  it("ends a deactivated user's sessions at once, and keeps the last admin", async () => {
    const admin = await createActingUser("ADMIN");
    const officer = await signedIn(await createActingUser("STAFF"));
    const otherBrowser = await signedIn(officer);
    expect(await findSessionUser(officer.id, officer.sessionId)).not.toBeNull();
    expect(await setUserActive(admin, { userId: officer.id, isActive: false, version: 1 })).toEqual({
      endedSessions: 2,
    });
    expect(await findSessionUser(officer.id, officer.sessionId)).toBeNull();
    // Reactivation does not bring an ended session back.
    await setUserActive(admin, { userId: officer.id, isActive: true, version: 2 });
    expect(await findSessionUser(officer.id, otherBrowser.sessionId)).toBeNull();
    await expect(setUserActive(admin, { userId: admin.id, isActive: false, version: 1 })).rejects.toEqual(
      rejection("cannotChangeOwnAccount"),
    );
    const otherAdmin = await createActingUser("ADMIN");
    await setUserActive(otherAdmin, { userId: admin.id, isActive: false, version: 1 });
    const lastOne = await createActingUser("ADMIN");
    await testDb.user.update({ where: { id: lastOne.id }, data: { isActive: false } });
    await expect(
      changeUserRole(lastOne, { userId: otherAdmin.id, role: "STAFF", partnerId: null, version: 1 }),
    ).rejects.toEqual(rejection("lastAdmin"));
  });

  it("resets a password: new temporary one, sessions ended, tokens and feeds revoked, change required", async () => {
    const admin = await createActingUser("ADMIN");
    const officer = await signedIn(await createActingUser("STAFF"));
    const token = await createAccessToken(officer, { kind: "API", name: "script" });
    const feed = await createAccessToken(officer, { kind: "CALENDAR_FEED", name: "Outlook" });
    const { temporaryPassword, endedSessions, revokedTokens } = await resetUserPassword(admin, {
      userId: officer.id,
      version: 1,
    });
    expect({ endedSessions, revokedTokens }).toEqual({ endedSessions: 1, revokedTokens: 2 });
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(await verify(stored.passwordHash, temporaryPassword)).toBe(true);
    expect(stored.mustChangePassword).toBe(true);
    expect(await findSessionUser(officer.id, officer.sessionId)).toBeNull();
    expect(await findTokenUser(token.secret, "API")).toBeNull();
    expect(await findTokenUser(feed.secret, "CALENDAR_FEED")).toBeNull();
  });

  it("signs a user out everywhere, leaving their tokens, and only for an admin", async () => {
    const admin = await createActingUser("ADMIN");
    const officer = await signedIn(await createActingUser("STAFF"));
    await signedIn(officer);
    const token = await createAccessToken(officer, { kind: "API", name: "script" });
    await expect(endUserSessionsEverywhere(officer, { userId: officer.id })).rejects.toEqual(rejection("forbidden"));
    await expect(endUserSessionsEverywhere(admin, { userId: admin.id })).rejects.toEqual(
      rejection("cannotChangeOwnAccount"),
    );
    expect(await endUserSessionsEverywhere(admin, { userId: officer.id })).toEqual({ endedSessions: 2 });
    expect(await findSessionUser(officer.id, officer.sessionId)).toBeNull();
    expect(await findTokenUser(token.secret, "API")).not.toBeNull();
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "user.signOutEverywhere" } });
    expect(entry).toMatchObject({ actorId: admin.id, entityId: officer.id, changes: { endedSessions: 2 } });
  });
});

describe("a user's own password", () => {
  it("changes with the current password, to one that meets the policy", async () => {
    const user = await createActingUser("STAFF", { password: "current password 1" });
    await expect(
      changeOwnPassword(user, { currentPassword: "wrong", newPassword: "another good password" }),
    ).rejects.toEqual(rejection("wrongCurrentPassword"));
    await expect(
      changeOwnPassword(user, { currentPassword: "current password 1", newPassword: "qwerty123456" }),
    ).rejects.toEqual(rejection("commonPassword"));
    await changeOwnPassword(user, { currentPassword: "current password 1", newPassword: "another good password" });
    const stored = await testDb.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verify(stored.passwordHash, "another good password")).toBe(true);
    expect(await auditActions()).toEqual(["user.changeOwnPassword"]);
  });

  it("keeps this session but ends the others and revokes the user's tokens and feeds", async () => {
    const user = await signedIn(await createActingUser("STAFF", { password: "current password 1" }));
    const otherBrowser = await signedIn(user);
    const token = await createAccessToken(user, { kind: "API", name: "script" });
    const outcome = await changeOwnPassword(user, {
      currentPassword: "current password 1",
      newPassword: "another good password",
    });
    expect(outcome).toEqual({ endedSessions: 1, revokedTokens: 1 });
    expect(await findSessionUser(user.id, user.sessionId)).not.toBeNull();
    expect(await findSessionUser(user.id, otherBrowser.sessionId)).toBeNull();
    expect(await findTokenUser(token.secret, "API")).toBeNull();
  });

  it("ends the user's other sessions on request", async () => {
    const user = await signedIn(await createActingUser("MANAGER"));
    const otherBrowser = await signedIn(user);
    expect(await endOwnOtherSessions(user)).toBe(1);
    expect(await findSessionUser(user.id, user.sessionId)).not.toBeNull();
    expect(await findSessionUser(user.id, otherBrowser.sessionId)).toBeNull();
  });
});

describe("the audit log", () => {
  it("is rolled back with the change it records", async () => {
    const admin = await createActingUser("ADMIN");
    await expect(
      testDb.$transaction(async (tx) => {
        await tx.auditEntry.create({ data: { actorId: admin.id, action: "user.create", entityType: "User" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await auditActions()).toEqual([]);
  });

  it("cannot be edited or deleted", async () => {
    const admin = await createActingUser("ADMIN");
    await setUserActive(admin, { userId: (await createActingUser("STAFF")).id, isActive: false, version: 1 });
    await expect(testDb.auditEntry.updateMany({ data: { action: "forged" } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(testDb.auditEntry.deleteMany()).rejects.toThrow(/cannot be changed or deleted/);
    expect(await auditActions()).toEqual(["user.deactivate"]);
  });
});

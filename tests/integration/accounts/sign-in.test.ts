import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { endSession, findSessionUser, sessionMaxAgeSeconds } from "@/lib/auth/sessions";
import { testDb } from "../setup/database";
import { auditActions, createActingUser, signedIn } from "./helpers";

const password = "a long enough password";
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));

describe("signing in", () => {
  it("accepts the right password whatever the email's case, and records the sign-in", async () => {
    const user = await createActingUser("STAFF", { email: "sophie@example.test", password });
    const outcome = await authenticate({ email: "  Sophie@Example.TEST ", password }, "10.0.0.1");
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await auditActions()).toEqual(["auth.signIn"]);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    await createActingUser("STAFF", { email: "sophie@example.test", password });
    expect(await authenticate({ email: "sophie@example.test", password: "wrong password!" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate({ email: "nobody@example.test", password }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await auditActions()).toEqual(["auth.signInFailed", "auth.signInFailed"]);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await createActingUser("STAFF", { email: "gone@example.test", password });
    await testDb.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await authenticate({ email: "gone@example.test", password }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks an account for 15 minutes after 10 failures within 15 minutes, even for the right password", async () => {
    await createActingUser("STAFF", { email: "target@example.test", password });
    for (let attempt = 0; attempt < 9; attempt += 1) {
      expect(
        await authenticate({ email: "target@example.test", password: "guess" }, "10.0.0.2", at(attempt)),
      ).toMatchObject({ reason: "invalid" });
    }
    const tenth = await authenticate({ email: "target@example.test", password: "guess" }, "10.0.0.2", at(9));
    expect(tenth).toEqual({ ok: false, reason: "locked", until: at(24) });
    expect(await authenticate({ email: "target@example.test", password }, "10.0.0.3", at(20))).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect((await auditActions()).filter((action) => action === "auth.lockedOut")).toHaveLength(1);

    // Refused attempts do not extend the lock: it ends 15 minutes after the tenth failure.
    expect(await authenticate({ email: "target@example.test", password }, "10.0.0.3", at(24))).toMatchObject({
      ok: true,
    });
  });

  it("limits failures per client address across accounts", async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await authenticate({ email: `user${attempt}@example.test`, password: "guess" }, "10.9.9.9", at(0));
    }
    await createActingUser("STAFF", { email: "innocent@example.test", password });
    expect(await authenticate({ email: "innocent@example.test", password }, "10.9.9.9", at(1))).toMatchObject({
      ok: false,
      reason: "clientLocked",
    });
    expect(await authenticate({ email: "innocent@example.test", password }, "10.1.1.1", at(1))).toMatchObject({
      ok: true,
    });
  });

  it("rejects malformed credentials without touching the database", async () => {
    expect(await authenticate({ email: "x".repeat(300), password }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate({ email: "a@b.test", password: "p".repeat(129) }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate(null, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await testDb.signInAttempt.count()).toBe(0);
  });
});

describe("sessions", () => {
  it("are opened by a successful sign-in, one per browser", async () => {
    const user = await createActingUser("STAFF", { email: "twice@example.test", password });
    const first = await authenticate({ email: "twice@example.test", password }, "10.0.0.1");
    const second = await authenticate({ email: "twice@example.test", password }, "10.0.0.2");
    if (!first.ok || !second.ok) throw new Error("sign-in refused");
    expect(first.user.sessionId).not.toBe(second.user.sessionId);
    expect(await findSessionUser(user.id, first.user.sessionId)).toEqual({ ...user, sessionId: first.user.sessionId });
    expect(await findSessionUser(user.id, second.user.sessionId)).toEqual({
      ...user,
      sessionId: second.user.sessionId,
    });
  });

  it("speak only for their own user, while open, unexpired and the user active", async () => {
    const { sessionId, ...user } = await signedIn(await createActingUser("MANAGER"));
    const other = await createActingUser("MANAGER");
    expect(await findSessionUser(user.id, sessionId)).toEqual({ ...user, sessionId });
    expect(await findSessionUser(other.id, sessionId)).toBeNull();
    expect(await findSessionUser(user.id, undefined)).toBeNull();
    expect(await findSessionUser(user.id, "no-such-session")).toBeNull();
    expect(
      await findSessionUser(user.id, sessionId, new Date(Date.now() + sessionMaxAgeSeconds * 1000 + 1000)),
    ).toBeNull();
    await testDb.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await findSessionUser(user.id, sessionId)).toBeNull();
  });

  it("end when their user signs out, and stay ended", async () => {
    const user = await signedIn(await createActingUser("STAFF"));
    const otherBrowser = await signedIn(user);
    await endSession(user.sessionId);
    await endSession(user.sessionId);
    expect(await findSessionUser(user.id, user.sessionId)).toBeNull();
    expect(await findSessionUser(user.id, otherBrowser.sessionId)).not.toBeNull();
    expect(await testDb.userSession.findUniqueOrThrow({ where: { id: user.sessionId } })).toMatchObject({
      endedReason: "SIGNED_OUT",
    });
    expect(await auditActions()).toEqual(["auth.signOut"]);
  });

  it("leave no ended or expired rows behind once their user signs in again", async () => {
    const user = await signedIn(await createActingUser("STAFF"));
    await endSession(user.sessionId);
    await testDb.userSession.create({ data: { id: "expired", userId: user.id, createdAt: at(0), expiresAt: at(1) } });
    const again = await signedIn(user);
    expect(await testDb.userSession.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([
      { id: again.sessionId },
    ]);
  });
});

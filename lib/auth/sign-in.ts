import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { signInSchema } from "./schemas";
import { openSession } from "./sessions";
import { getLock, type LockState } from "./throttle";

export type SignedInUser = { id: string; email: string; sessionId: string };
export type SignInFailure = "invalid" | "locked" | "clientLocked";
export type SignInOutcome = { ok: true; user: SignedInUser } | { ok: false; reason: SignInFailure; until?: Date };

// Verified against when the email is unknown, so an unknown account takes as long to refuse as a
// wrong password and response times do not reveal which emails exist.
const decoyHash = hash("decoy password that never matches anything");

/**
 * Checks a sign-in attempt: the lockouts first, then the password. Every attempt is recorded, and
 * sign-ins, failures and lockouts go to the audit log. Never says whether the email exists.
 */
export async function authenticate(credentials: unknown, clientIp: string, now = new Date()): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const lock = await getLock(db, email, clientIp, now);
  if (lock) {
    await db.signInAttempt.create({ data: { email, clientIp, outcome: "REFUSED_LOCKED", createdAt: now } });
    return { ok: false, reason: lock.scope === "account" ? "locked" : "clientLocked", until: lock.until };
  }

  // Emails are stored lower-case (emailSchema), and unique whatever their case (a database index).
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, isActive: true },
  });
  const isPasswordRight = await verify(user?.passwordHash ?? (await decoyHash), password);

  if (user && user.isActive && isPasswordRight) {
    const sessionId = await db.$transaction(async (tx) => {
      await tx.signInAttempt.create({ data: { email, clientIp, outcome: "SUCCESS", createdAt: now } });
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
      await recordAudit(tx, { actor: user, action: "auth.signIn", entityType: "User", entityId: user.id, clientIp });
      return openSession(tx, user.id, now);
    });
    return { ok: true, user: { id: user.id, email: user.email, sessionId } };
  }

  const lockAfter = await db.$transaction(async (tx): Promise<LockState> => {
    await tx.signInAttempt.create({ data: { email, clientIp, outcome: "FAILURE", createdAt: now } });
    const reason = !user ? "unknownEmail" : !user.isActive ? "inactive" : "wrongPassword";
    const actor = user ? { id: user.id, email: user.email } : null;
    await recordAudit(tx, {
      actor,
      action: "auth.signInFailed",
      entityType: "User",
      entityId: user?.id,
      changes: { email, reason },
      clientIp,
    });
    const lockNow = await getLock(tx, email, clientIp, now);
    if (lockNow) {
      await recordAudit(tx, {
        actor,
        action: "auth.lockedOut",
        entityType: "User",
        entityId: user?.id,
        changes: { email, scope: lockNow.scope, until: lockNow.until.toISOString() },
        clientIp,
      });
    }
    return lockNow;
  });
  if (lockAfter)
    return { ok: false, reason: lockAfter.scope === "account" ? "locked" : "clientLocked", until: lockAfter.until };
  return { ok: false, reason: "invalid" };
}

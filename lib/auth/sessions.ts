import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Prisma, SessionEndReason } from "@/lib/generated/prisma/client";
import type { ActingUser } from "./session-user";

// Server-side sessions (docs/decisions/005-sessions-and-access.md). The session token (a signed,
// encrypted cookie) names a UserSession row; the row must be open and unexpired for the token to
// work. Rows live in PostgreSQL, so every app instance agrees at once: signing out on one ends
// the session on all of them.

/** One working day: a session ends 8 hours after sign-in, whatever happens in between. */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

type Client = Prisma.TransactionClient;

/** Opens a session for `userId` and returns its id (256 random bits), for the session token. */
export async function openSession(tx: Client, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await tx.userSession.create({
    data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + sessionMaxAgeSeconds * 1000) },
    select: { id: true },
  });
  // Ended and expired rows of this user serve no one any more: clearing them here keeps the table
  // at about one row per open session, with no scheduled job.
  await tx.userSession.deleteMany({ where: { userId, OR: [{ endedAt: { not: null } }, { expiresAt: { lt: now } }] } });
  return id;
}

/**
 * The user a session token speaks for, or null: the session must exist, belong to that user, be
 * neither ended nor expired, and the user must still be active. Role, organisation and the
 * temporary-password flag are read here on every request, so a change applies at once.
 */
export async function findSessionUser(
  userId: string,
  sessionId: string | undefined,
  now = new Date(),
): Promise<ActingUser | null> {
  if (!sessionId) return null;
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      expiresAt: true,
      endedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          partnerId: true,
          locale: true,
          mustChangePassword: true,
          isActive: true,
        },
      },
    },
  });
  if (!session || session.userId !== userId || session.endedAt || session.expiresAt <= now || !session.user.isActive)
    return null;
  const { isActive: _isActive, ...user } = session.user;
  return { ...user, sessionId };
}

/** Signing out: ends the session, audited. Signing out of an ended or unknown session changes nothing. */
export async function endSession(sessionId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.findUnique({
      where: { id: sessionId },
      select: { user: { select: { id: true, email: true } } },
    });
    const { count } = await tx.userSession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: now, endedReason: "SIGNED_OUT" },
    });
    if (session && count === 1)
      await recordAudit(tx, {
        actor: session.user,
        action: "auth.signOut",
        entityType: "User",
        entityId: session.user.id,
      });
  });
}

/** Ends every open session of `userId`, but `keep` (the session asking, when it stays); returns how many ended. */
export async function endUserSessions(
  tx: Client,
  userId: string,
  reason: SessionEndReason,
  options: { keep?: string; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const { count } = await tx.userSession.updateMany({
    where: { userId, endedAt: null, expiresAt: { gt: now }, ...(options.keep ? { id: { not: options.keep } } : {}) },
    data: { endedAt: now, endedReason: reason },
  });
  return count;
}

/** How many sessions of `userId` are open now (the account page says so). */
export async function countOpenSessions(userId: string, now = new Date()): Promise<number> {
  return db.userSession.count({ where: { userId, endedAt: null, expiresAt: { gt: now } } });
}

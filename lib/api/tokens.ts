import "server-only";
import { DomainError } from "@/lib/action-result";
import { recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessTokenKind } from "@/lib/generated/prisma/enums";
import { hashSecret, issueAccessToken, secretPrefixes } from "./token-issuer";

// API tokens and calendar feed secrets (docs/decisions/010-api.md). A secret is 256 random bits,
// shown once; only its SHA-256 is stored, so a leaked database does not leak working tokens.
// A token acts as its user, with their current role and organisation, and stops working when the
// user is deactivated or the token revoked.

/** Makes a token for `user` (acting for themselves) and returns its secret: the only time it exists in clear. */
export async function createAccessToken(
  user: Pick<ActingUser, "id" | "email">,
  input: { kind: AccessTokenKind; name: string },
): Promise<{ id: string; secret: string }> {
  return issueAccessToken(db, user, input);
}

export type AccessTokenRow = {
  id: string;
  kind: AccessTokenKind;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

/** The user's own tokens that still work, newest first. */
export async function listAccessTokens(
  user: Pick<ActingUser, "id">,
  kind?: AccessTokenKind,
): Promise<AccessTokenRow[]> {
  return db.accessToken.findMany({
    where: { userId: user.id, revokedAt: null, ...(kind ? { kind } : {}) },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}

/** Revokes one of the user's own tokens; another user's token is "not found". */
export async function revokeAccessToken(user: Pick<ActingUser, "id" | "email">, tokenId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.accessToken.updateMany({
      where: { id: tokenId, userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new DomainError("notFound");
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: "accessToken.revoke",
      entityType: "AccessToken",
      entityId: tokenId,
    });
  });
}

/**
 * Revokes every API token and calendar feed of `userId` that still works; returns how many. A
 * password change or reset does this: whoever knew the old password may have made one.
 */
export async function revokeAllAccessTokens(
  tx: Prisma.TransactionClient,
  userId: string,
  now = new Date(),
): Promise<number> {
  const { count } = await tx.accessToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** Writing the last-used time at most once a minute keeps a busy client from writing on every request. */
const lastUsedResolutionMs = 60_000;

/** The user a presented secret acts for, or null (unknown, revoked, wrong kind, user deactivated or awaiting a password change). */
export async function findTokenUser(
  secret: string,
  kind: AccessTokenKind,
  now = new Date(),
): Promise<ActingUser | null> {
  if (!secret.startsWith(secretPrefixes[kind]) || secret.length > 200) return null;
  const token = await db.accessToken.findUnique({
    where: { secretHash: hashSecret(secret) },
    select: {
      id: true,
      kind: true,
      revokedAt: true,
      lastUsedAt: true,
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
  // A user who must change a temporary password can do nothing else, with a token neither.
  if (!token || token.kind !== kind || token.revokedAt || !token.user.isActive || token.user.mustChangePassword)
    return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > lastUsedResolutionMs) {
    await db.accessToken.update({ where: { id: token.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  const { isActive: _isActive, ...user } = token.user;
  return user;
}

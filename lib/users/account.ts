import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { hashNewPassword, verifyPassword } from "@/lib/auth/passwords";
import { revokeAllAccessTokens } from "@/lib/api/tokens";
import { endUserSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

// What every user may change on their own account: password and interface language.

export type PasswordChangeOutcome = { endedSessions: number; revokedTokens: number };

/**
 * Changes the actor's password. Their other sessions end and their API tokens and calendar feeds
 * are revoked: whoever knew the old password may hold one. This session stays open.
 */
export async function changeOwnPassword(
  actor: ActingUser,
  input: { currentPassword: string; newPassword: string },
): Promise<PasswordChangeOutcome> {
  const current = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true, version: true },
  });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new DomainError("wrongCurrentPassword", { currentPassword: ["wrongCurrentPassword"] });
  }
  if (input.newPassword === input.currentPassword)
    throw new DomainError("samePassword", { newPassword: ["samePassword"] });
  const passwordHash = await hashNewPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Another change in between (an admin's reset) wins: this one is refused.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, version: current.version },
      data: { passwordHash, mustChangePassword: false, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("conflict");
    const endedSessions = await endUserSessions(tx, actor.id, "PASSWORD_CHANGED", { keep: actor.sessionId });
    const revokedTokens = await revokeAllAccessTokens(tx, actor.id);
    await recordAudit(tx, {
      actor,
      action: "user.changeOwnPassword",
      entityType: "User",
      entityId: actor.id,
      changes: { endedSessions, revokedTokens },
    });
    return { endedSessions, revokedTokens };
  });
}

/** Ends the actor's sessions in other browsers; this one stays open. Returns how many ended. */
export async function endOwnOtherSessions(actor: ActingUser): Promise<number> {
  return db.$transaction(async (tx) => {
    const endedSessions = await endUserSessions(tx, actor.id, "SIGNED_OUT_EVERYWHERE", { keep: actor.sessionId });
    await recordAudit(tx, {
      actor,
      action: "user.endOwnOtherSessions",
      entityType: "User",
      entityId: actor.id,
      changes: { endedSessions },
    });
    return endedSessions;
  });
}

export async function setOwnLocale(actor: ActingUser, locale: "fr" | "en"): Promise<void> {
  if (actor.locale === locale) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor,
      action: "user.setLocale",
      entityType: "User",
      entityId: actor.id,
      changes: changedFields({ locale: actor.locale }, { locale }),
    });
  });
}

import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { hashNewPassword, verifyPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";

// What every user may change on their own account: password and interface language.

export async function changeOwnPassword(actor: ActingUser, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const current = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, sessionVersion: true } });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new DomainError("wrongCurrentPassword", { currentPassword: ["wrongCurrentPassword"] });
  }
  if (input.newPassword === input.currentPassword) throw new DomainError("samePassword", { newPassword: ["samePassword"] });
  const passwordHash = await hashNewPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Keeps this session (same version) but ends none other; a reset by an admin ends them all.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, sessionVersion: current.sessionVersion },
      data: { passwordHash, mustChangePassword: false, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("conflict");
    await recordAudit(tx, { actor, action: "user.changeOwnPassword", entityType: "User", entityId: actor.id });
  });
}

export async function setOwnLocale(actor: ActingUser, locale: "fr" | "en"): Promise<void> {
  if (actor.locale === locale) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor, action: "user.setLocale", entityType: "User", entityId: actor.id,
      changes: changedFields({ locale: actor.locale }, { locale }),
    });
  });
}
